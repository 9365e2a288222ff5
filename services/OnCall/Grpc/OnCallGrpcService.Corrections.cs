using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using NodaTime;

namespace Intermunicipal.OnCall.Grpc;

public sealed partial class OnCallGrpcService
{
    public override async Task<CorrectCallResponse> CorrectCall(CorrectCallRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        CallCorrectionValidator.CheckShape(request);
        var (unitId, callId) = ResourceNames.ParseCall(request.Call.Name, "call.name");
        var unit = await LoadUnitAsync(unitId, ct);
        Demand(CallAccess.IsStaff(caller, unit), request.Call.Name);
        request.RequestId = request.RequestId.ToLowerInvariant();
        var call = await LoadCallAsync(unitId, callId, tracked: true, ct);
        if (await IsRetryAsync(request.RequestId, call, request.Call.Name, CallEntryType.DetailsCorrected, ct))
        {
            return new CorrectCallResponse { Call = CallMapper.ToProto(call, withPersonalData: false) };
        }

        RequireEtag(request.Call, call);
        var now = Now;
        var (corrected, change) = CallCorrectionValidator.Validate(request, call, unit,
            await ActiveCodesAsync(CodeList.ConcernCategory, ct), now);
        Apply(corrected, call, change.UpdateMask, CalendarOf(unit));
        call.Entries.Add(new CallEntryRecord
        {
            Id = Guid.CreateVersion7(now).ToString(),
            CallId = call.Id,
            RequestId = request.RequestId,
            Type = CallEntryType.DetailsCorrected,
            OccurTime = now,
            Note = string.IsNullOrEmpty(request.Reason) ? null : request.Reason,
            CreateTime = now,
            Author = caller.Subject,
            DetailsChange = change.ToByteArray(),
        });
        call.Version++;
        var answer = await SaveEntryAsync(request.RequestId, null, call, ct);
        if (ReferenceEquals(answer, call))
        {
            LogDetailsCorrected(logger, call.Id, string.Join(",", change.UpdateMask.Paths));
        }

        return new CorrectCallResponse { Call = CallMapper.ToProto(answer, withPersonalData: false) };
    }

    /// <summary>AIP-154: a correction based on an outdated read of the call is refused, not applied on top.</summary>
    private static void RequireEtag(Call requested, CallRecord call)
    {
        if (requested.Etag.Length > 0 && requested.Etag != call.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw Problems.Aborted("The call changed since it was read; read it again and correct that version.");
        }
    }

    /// <summary>
    /// Brings the call's queryable columns to the corrected details (the entry keeps what they
    /// were). A call that moves to another municipality or morning is handed over afresh.
    /// </summary>
    private static void Apply(CallRecord corrected, CallRecord call, FieldMask mask, OfficeCalendar calendar)
    {
        var handoverDate = mask.Paths.Contains("receive_time")
            ? ProtoTime.ToDateOnly(calendar.HandoverDate(Instant.FromDateTimeUtc(corrected.ReceiveTime)))
            : call.HandoverDate;
        if (corrected.MunicipalityNumber != call.MunicipalityNumber || handoverDate != call.HandoverDate)
        {
            call.HandoverAcknowledgeTime = null;
            call.HandoverAcknowledgedBy = null;
        }

        call.HandoverDate = handoverDate;
        call.ReceiveTime = corrected.ReceiveTime;
        call.Channel = corrected.Channel;
        call.ReporterType = corrected.ReporterType;
        call.MunicipalityNumber = corrected.MunicipalityNumber;
        call.ConcernCategories = corrected.ConcernCategories;
        call.Urgency = corrected.Urgency;
        call.Summary = corrected.Summary;
        call.ChildFullName = corrected.ChildFullName;
        call.ChildBirthDate = corrected.ChildBirthDate;
        call.ChildNationalIdentityNumber = corrected.ChildNationalIdentityNumber;
    }
}
