using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Grpc;

/// <summary>
/// The barnevernvakt call log over gRPC. The methods are split by concern over the partial
/// files beside this one: units and codes, calls, handovers, and reports.
/// </summary>
[Authorize]
public sealed partial class OnCallGrpcService(OnCallDbContext db, TimeProvider clock, ILogger<OnCallGrpcService> logger)
    : OnCallService.OnCallServiceBase
{
    private DateTime Now => ProtoTime.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);

    private async Task<OnCallUnitRecord> LoadUnitAsync(string unitId, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
        ?? throw Problems.NotFound("OnCallUnit", ResourceNames.Unit(unitId));

    private async Task<IReadOnlySet<string>> ActiveCodesAsync(CodeList list, CancellationToken cancellationToken) =>
        (await db.Codes.AsNoTracking().Where(c => c.List == list && c.Active).Select(c => c.Code)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private static void Demand(bool allowed, string resourceName)
    {
        if (!allowed)
        {
            throw Problems.PermissionDenied(resourceName);
        }
    }

    /// <summary>The unit, after checking the caller may see it at all.</summary>
    private async Task<OnCallUnitRecord> VisibleUnitAsync(string unitId, Caller caller, CancellationToken cancellationToken)
    {
        var unit = await LoadUnitAsync(unitId, cancellationToken);
        Demand(CallAccess.CanSeeUnit(caller, unit), ResourceNames.Unit(unitId));
        return unit;
    }

    // Operational log lines carry resource ids only, never what a call is about.
    [LoggerMessage(Level = LogLevel.Information, Message = "Logged call {CallId} in unit {UnitId}")]
    private static partial void LogCallLogged(ILogger logger, string callId, string unitId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Corrected {Fields} of call {CallId}")]
    private static partial void LogDetailsCorrected(ILogger logger, string callId, string fields);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added entry {EntryId} of type {EntryType} to call {CallId}")]
    private static partial void LogEntryAdded(ILogger logger, string entryId, CallEntryType entryType, string callId);
}
