using BenchmarkDotNet.Attributes;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using NodaTime;

namespace Intermunicipal.Benchmarks;

/// <summary>Single-request hot paths: validation, mapping, calendar and identity-number checks.</summary>
[MemoryDiagnoser]
public class OnCallBenchmarks
{
    private static readonly DateTime Now = BenchmarkData.FridayEvening.AddMinutes(10);
    private static readonly Instant FridayEvening = Instant.FromDateTimeUtc(BenchmarkData.FridayEvening);

    private readonly LogCallRequest _request = BenchmarkData.ValidRequest();
    private readonly OnCallUnitRecord _unit = BenchmarkData.Unit();
    private readonly HashSet<string> _categories = BenchmarkData.ActiveConcernCategories();
    private readonly OfficeCalendar _calendar = new(480, 930, alwaysOpen: false);
    private readonly string _nationalIdentityNumber = NationalIdentityNumber.Synthetic(new DateOnly(2015, 6, 1), 123);

    // Six entries: advice, police, call-out, a corrected call-out, an emergency decision, a referral.
    private readonly CallRecord _call = WithCorrection(BenchmarkData.Call("call-1", BenchmarkData.FridayEvening,
        (CallEntryType.AdviceGiven, 5), (CallEntryType.PoliceAssistance, 10), (CallEntryType.CallOut, 20),
        (CallEntryType.CallOut, 20), (CallEntryType.EmergencyDecision, 60), (CallEntryType.ReferredToDayService, 120)));

    private static CallRecord WithCorrection(CallRecord call)
    {
        call.Entries[3].CorrectsEntryId = call.Entries[2].Id;
        call.Entries[3].CreateTime = call.Entries[5].CreateTime.AddMinutes(1);
        return call;
    }

    [Benchmark]
    public CallRecord ValidateLogCall() => LogCallValidator.Validate(_request, _unit, _categories, Now);

    [Benchmark]
    public Call MapCallWithPersonalData() => CallMapper.ToProto(_call, withPersonalData: true);

    [Benchmark]
    public Call MapCallWithoutPersonalData() => CallMapper.ToProto(_call, withPersonalData: false);

    [Benchmark]
    public LocalDate HandoverDateFridayEvening() => _calendar.HandoverDate(FridayEvening);

    [Benchmark]
    public string? NationalIdentityNumberProblem() => NationalIdentityNumber.Problem(_nationalIdentityNumber);
}
