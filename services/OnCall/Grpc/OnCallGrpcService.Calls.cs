using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
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
        request.RequestId = request.RequestId.ToLowerInvariant();

        if (await EarlierAttemptAsync(request.RequestId, ct) is { } earlier)
        {
            return new LogCallResponse { Call = await ReplayAsync(earlier, unit, caller, ct) };
        }

        var call = LogCallValidator.Validate(request, unit, await ActiveCodesAsync(CodeList.ConcernCategory, ct), Now);
        call.Creator = caller.Subject;
        call.HandoverDate = ProtoTime.ToDateOnly(CalendarOf(unit).HandoverDate(Instant.FromDateTimeUtc(call.ReceiveTime)));
        db.Calls.Add(call);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Two attempts with one request_id raced; the unique index let one in. Answer with it.
            db.ChangeTracker.Clear();
            var winner = await EarlierAttemptAsync(request.RequestId, ct)
                ?? throw Problems.Unavailable("The call could not be stored; retry with the same request_id.");
            return new LogCallResponse { Call = await ReplayAsync(winner, unit, caller, ct) };
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
        request.RequestId = request.RequestId.ToLowerInvariant();
        var call = await LoadCallAsync(unitId, callId, tracked: true, ct);

        if (await IsRetryAsync(request.RequestId, call, request.Parent, null, ct))
        {
            return new AddCallEntryResponse { Call = CallMapper.ToProto(call, withPersonalData: false) };
        }

        var entry = CallEntryValidator.Validate(request, call, new CallHistory(call.Entries),
            await ActiveCodesAsync(CodeList.LegalBasis, ct), Now);
        entry.Author = caller.Subject;
        call.Entries.Add(entry);
        call.Status = new CallHistory(call.Entries).Status;
        call.Version++;
        var answer = await SaveEntryAsync(request.RequestId, request.Entry.CorrectsEntry, call, ct);
        if (ReferenceEquals(answer, call))
        {
            LogEntryAdded(logger, entry.Id, entry.Type, call.Id);
        }

        return new AddCallEntryResponse { Call = CallMapper.ToProto(answer, withPersonalData: false) };
    }

    public override async Task<GetCallResponse> GetCall(GetCallRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (unitId, callId) = ResourceNames.ParseCall(request.Name, "name");
        var unit = await LoadUnitAsync(unitId, ct);
        // Who has no business with the unit learns nothing, not even whether the call exists.
        Demand(CallAccess.IsStaff(caller, unit) || CallAccess.IsCaseworkerFor(caller, unit, caller.MunicipalityNumber), request.Name);
        var call = await LoadCallAsync(unitId, callId, tracked: false, ct);
        Demand(CallAccess.CanReadCall(caller, unit, call.MunicipalityNumber), request.Name);

        await AuditReadAsync(call, caller, "call.read", ct);
        return new GetCallResponse { Call = CallMapper.ToProto(call, withPersonalData: true) };
    }

    /// <summary>The call to answer with: this one once saved, or the stored one when a retry raced its first attempt.</summary>
    private async Task<CallRecord> SaveEntryAsync(string requestId, string? correctsEntry, CallRecord call, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return call;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Problems.Aborted("Someone added to this call at the same moment; retry with the same request_id.");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Either a retry raced its first attempt (same request_id: answer as the retry would)
            // or two corrections of one entry raced (the second is refused).
            db.ChangeTracker.Clear();
            var stored = await LoadCallAsync(call.UnitId, call.Id, tracked: false, ct);
            if (stored.Entries.Any(e => e.RequestId == requestId))
            {
                return stored;
            }

            throw await db.CallEntries.AsNoTracking().AnyAsync(e => e.RequestId == requestId, ct)
                ? Problems.AlreadyExists(ResourceNames.Call(call.UnitId, call.Id), "request_id was already used for another change")
                : Problems.FailedPrecondition("ENTRY_SUPERSEDED", correctsEntry ?? "",
                    "That entry was corrected at the same moment by someone else; read the call and try again.");
        }
    }

    /// <summary>
    /// True when an entry of the same kind with this request_id is already on the call (a retry:
    /// answer as the first attempt did); ALREADY_EXISTS when the request_id was used for anything
    /// else; false when it is new. <paramref name="kind"/> is DetailsCorrected for CorrectCall,
    /// null for AddCallEntry.
    /// </summary>
    private async Task<bool> IsRetryAsync(string requestId, CallRecord call, string resourceName, CallEntryType? kind, CancellationToken ct)
    {
        if (!ProtoValues.IsUuid(requestId)
            || await db.CallEntries.AsNoTracking().SingleOrDefaultAsync(e => e.RequestId == requestId, ct) is not { } earlier)
        {
            return false;
        }

        var sameKind = (earlier.Type == CallEntryType.DetailsCorrected) == (kind == CallEntryType.DetailsCorrected);
        return earlier.CallId == call.Id && sameKind
            ? true
            : throw Problems.AlreadyExists(resourceName, "request_id was already used for another change");
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
    /// The answer to a retried LogCall: the stored call, whose personal data is read again, so
    /// the read is audited. Only the one who logged the call gets it back; a request id reused by
    /// anyone else, or for another unit, is ALREADY_EXISTS and reveals nothing.
    /// </summary>
    private async Task<Call> ReplayAsync(CallRecord earlier, OnCallUnitRecord unit, Caller caller, CancellationToken ct)
    {
        if (earlier.UnitId != unit.Id || earlier.Creator != caller.Subject)
        {
            throw Problems.AlreadyExists(ResourceNames.Unit(unit.Id), "request_id was already used for another call");
        }

        await AuditReadAsync(earlier, caller, "call.replay", ct);
        return CallMapper.ToProto(earlier, withPersonalData: true);
    }

    private static OfficeCalendar CalendarOf(OnCallUnitRecord unit) =>
        new(unit.OfficeOpensMinute, unit.OfficeClosesMinute, unit.AlwaysOpen);
}
