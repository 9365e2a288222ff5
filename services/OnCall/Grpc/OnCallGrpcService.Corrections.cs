using Google.Protobuf;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Intermunicipal.OnCall.Grpc;

public sealed partial class OnCallGrpcService
{
    public override async Task<CorrectCallResponse> CorrectCall(CorrectCallRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        if (request.Call is null)
        {
            throw Problems.InvalidArgument("call", "is required");
        }

        var (unitId, callId) = ResourceNames.ParseCall(request.Call.Name, "call.name");
        var unit = await LoadUnitAsync(unitId, ct);
        Demand(CallAccess.IsStaff(caller, unit), request.Call.Name);
        request.RequestId = request.RequestId.ToLowerInvariant();
        var call = await LoadCallAsync(unitId, callId, tracked: true, ct);
        if (await IsRetryAsync(request.RequestId, call, request.Call.Name, ct))
        {
            return new CorrectCallResponse { Call = CallMapper.ToProto(call, withPersonalData: false) };
        }

        var (corrected, change) = CallCorrectionValidator.Validate(request, call, unit,
            await ActiveCodesAsync(CodeList.ConcernCategory, ct), Now);
        var entry = new CallEntryRecord
        {
            Id = Guid.CreateVersion7(Now).ToString(),
            CallId = call.Id,
            RequestId = request.RequestId,
            Type = CallEntryType.DetailsCorrected,
            OccurTime = Now,
            Note = string.IsNullOrEmpty(request.Reason) ? null : request.Reason,
            CreateTime = Now,
            Author = caller.Subject,
            DetailsChange = change.ToByteArray(),
        };
        Apply(corrected, call, CalendarOf(unit));
        call.Entries.Add(entry);
        call.Version++;
        var answer = await SaveEntryAsync(entry.RequestId, null, call, ct);
        if (!ReferenceEquals(answer, call))
        {
            return new CorrectCallResponse { Call = CallMapper.ToProto(answer, withPersonalData: false) };
        }

        LogDetailsCorrected(logger, call.Id, string.Join(",", change.UpdateMask.Paths));
        return new CorrectCallResponse { Call = CallMapper.ToProto(answer, withPersonalData: false) };
    }

    /// <summary>
    /// Brings the call's queryable columns to the corrected details (the entry keeps what they
    /// were). A call that moves to another municipality or morning is handed over afresh.
    /// </summary>
    private static void Apply(CallRecord corrected, CallRecord call, OfficeCalendar calendar)
    {
        var handoverDate = ProtoTime.ToDateOnly(calendar.HandoverDate(Instant.FromDateTimeUtc(corrected.ReceiveTime)));
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
