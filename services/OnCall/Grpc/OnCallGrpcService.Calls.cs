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
    public override async Task<LogCallResponse> LogCall(LogCallRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.Parent, "parent"), ct);
        Demand(CallAccess.IsStaff(caller, unit), request.Parent);

        if (await EarlierAttemptAsync(request.RequestId, ct) is { } earlier)
        {
            return new LogCallResponse { Call = Replay(earlier, unit, caller) };
        }

        var call = LogCallValidator.Validate(request, unit, await ActiveCodesAsync(CodeList.ConcernCategory, ct), Now);
        call.Creator = caller.Subject;
        call.HandoverDate = ProtoTime.ToDateOnly(CalendarOf(unit).HandoverDate(Instant.FromDateTimeUtc(call.ReceiveTime)));
        db.Calls.Add(call);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two attempts with one request_id raced; the unique index let one in. Answer with it.
            var winner = await EarlierAttemptAsync(request.RequestId, ct) ?? throw new RpcException(
                new Status(StatusCode.Unavailable, "The call could not be stored; retry with the same request_id."));
            return new LogCallResponse { Call = Replay(winner, unit, caller) };
        }

        LogCallLogged(logger, call.Id, unit.Id);
        return new LogCallResponse { Call = CallMapper.ToProto(call, withPersonalData: true) };
    }

    public override async Task<AddCallEntryResponse> AddCallEntry(AddCallEntryRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (unitId, callId) = ResourceNames.ParseCall(request.Parent, "parent");
        var unit = await LoadUnitAsync(unitId, ct);
        Demand(CallAccess.IsStaff(caller, unit), request.Parent);
        var call = await LoadCallAsync(unitId, callId, tracked: true, ct);

        if (ProtoValues.IsUuid(request.RequestId)
            && await db.CallEntries.AsNoTracking().SingleOrDefaultAsync(e => e.RequestId == request.RequestId, ct) is { } earlier)
        {
            return earlier.CallId == call.Id
                ? new AddCallEntryResponse { Call = CallMapper.ToProto(call, withPersonalData: false) }
                : throw Problems.AlreadyExists(request.Parent, "request_id was already used for another entry");
        }

        var entry = CallEntryValidator.Validate(request, call, new CallHistory(call.Entries),
            await ActiveCodesAsync(CodeList.LegalBasis, ct), Now);
        entry.Author = caller.Subject;
        call.Entries.Add(entry);
        call.Status = new CallHistory(call.Entries).Status;
        await SaveEntryAsync(request, ct);
        LogEntryAdded(logger, entry.Id, entry.Type, call.Id);
        return new AddCallEntryResponse { Call = CallMapper.ToProto(call, withPersonalData: false) };
    }

    public override async Task<GetCallResponse> GetCall(GetCallRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (unitId, callId) = ResourceNames.ParseCall(request.Name, "name");
        var unit = await LoadUnitAsync(unitId, ct);
        var call = await LoadCallAsync(unitId, callId, tracked: false, ct);
        Demand(CallAccess.CanReadCall(caller, unit, call.MunicipalityNumber), request.Name);

        // The audit record is committed before any personal data leaves the service.
        db.AuditEvents.Add(new AuditEventRecord
        {
            Id = Guid.CreateVersion7(Now).ToString(),
            UnitId = unitId,
            EventTime = Now,
            Subject = caller.Subject,
            SubjectMunicipalityNumber = caller.MunicipalityNumber,
            CallId = callId,
            Action = "call.read",
        });
        await db.SaveChangesAsync(ct);
        return new GetCallResponse { Call = CallMapper.ToProto(call, withPersonalData: true) };
    }

    private async Task SaveEntryAsync(AddCallEntryRequest request, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Either a retry raced its first attempt (same request_id) or two corrections of one
            // entry raced (the second is refused). Tell which from what is stored now.
            var raced = await db.CallEntries.AsNoTracking().AnyAsync(e => e.RequestId == request.RequestId, ct);
            throw raced
                ? new RpcException(new Status(StatusCode.Aborted, "A retry of this entry is in progress; retry with the same request_id."))
                : Problems.FailedPrecondition("ENTRY_SUPERSEDED", request.Entry.CorrectsEntry,
                    "That entry was corrected at the same moment by someone else; read the call and try again.");
        }
    }

    private async Task<CallRecord> LoadCallAsync(string unitId, string callId, bool tracked, CancellationToken ct)
    {
        var query = db.Calls.Include(c => c.Entries).Where(c => c.UnitId == unitId && c.Id == callId);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct)
            ?? throw Problems.NotFound("Call", ResourceNames.Call(unitId, callId));
    }

    private async Task<CallRecord?> EarlierAttemptAsync(string requestId, CancellationToken ct) =>
        ProtoValues.IsUuid(requestId)
            ? await db.Calls.AsNoTracking().Include(c => c.Entries).SingleOrDefaultAsync(c => c.RequestId == requestId, ct)
            : null;

    /// <summary>
    /// The answer to a retried LogCall. Only the one who logged the call gets it back; a request id
    /// reused by anyone else, or for another unit, is ALREADY_EXISTS and reveals nothing.
    /// </summary>
    private static Call Replay(CallRecord earlier, OnCallUnitRecord unit, Caller caller) =>
        earlier.UnitId == unit.Id && earlier.Creator == caller.Subject
            ? CallMapper.ToProto(earlier, withPersonalData: true)
            : throw Problems.AlreadyExists(ResourceNames.Unit(unit.Id), "request_id was already used for another call");

    private static OfficeCalendar CalendarOf(OnCallUnitRecord unit) =>
        new(unit.OfficeOpensMinute, unit.OfficeClosesMinute, unit.AlwaysOpen);
}
