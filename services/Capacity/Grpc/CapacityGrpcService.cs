using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

/// <summary>
/// Treatment capacity over gRPC. The methods are split by concern over the partial files beside
/// this one: programmes and teams, allocations, referrals, treatments, board, reports; every
/// change to a team goes through <see cref="ChangeTeamAsync{T}"/> (CapacityGrpcService.Changes.cs).
/// </summary>
[Authorize]
public sealed partial class CapacityGrpcService(
    CapacityDbContext db, TimeProvider clock, BoardSignal boardSignal, ILogger<CapacityGrpcService> logger)
    : CapacityService.CapacityServiceBase
{
    private DateTime Now => ProtoTime.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);

    /// <summary>Today in Europe/Oslo: the day against which future dates are judged.</summary>
    private DateOnly Today => NorwegianTime.DateOf(clock.GetUtcNow().UtcDateTime);

    private static void Demand(bool allowed, string resourceName)
    {
        if (!allowed)
        {
            throw Problems.PermissionDenied(resourceName);
        }
    }

    private async Task<TeamRecord> LoadTeamAsync(string teamId, bool tracked, CancellationToken ct)
    {
        var query = db.Teams.Include(t => t.CapacityChanges).Include(t => t.Allocations).AsSplitQuery().Where(t => t.Id == teamId);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct)
            ?? throw Problems.NotFound("Team", ResourceNames.Team(teamId));
    }

    /// <summary>The team, after checking the caller's municipality takes part in it at all.</summary>
    private async Task<TeamRecord> VisibleTeamAsync(string teamId, Caller caller, CancellationToken ct)
    {
        var team = await LoadTeamAsync(teamId, tracked: false, ct);
        Demand(CapacityAccess.CanSeeTeam(caller, TeamTerms.Of(team)), ResourceNames.Team(teamId));
        return team;
    }

    private async Task<ProgrammeRecord> LoadProgrammeAsync(string programmeId, CancellationToken ct) =>
        await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, ct)
        ?? throw Problems.NotFound("Programme", ResourceNames.Programme(programmeId));

    private async Task<IReadOnlyDictionary<string, string>> MunicipalityNamesAsync(CancellationToken ct) =>
        await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Number, m => m.Name, ct);

    /// <summary>The audit records are committed before any personal data leaves the service.</summary>
    private async Task AuditReadAsync(IEnumerable<ReferralRecord> referrals, Caller caller, string action, CancellationToken ct)
    {
        var now = Now;
        var read = referrals.ToList();
        if (read.Count == 0)
        {
            return;
        }

        db.AuditEvents.AddRange(read.Select(r => new AuditEventRecord
        {
            Id = Guid.CreateVersion7(now).ToString(),
            TeamId = r.TeamId,
            EventTime = now,
            Subject = caller.Subject,
            SubjectMunicipalityNumber = caller.MunicipalityNumber,
            ReferralId = r.Id,
            Action = action,
        }));
        await db.SaveChangesAsync(ct);
    }

    // Operational log lines carry resource names and codes only, never what a referral is about.
    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} changed {Resource}")]
    private static partial void LogChanged(ILogger logger, string method, string resource);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused to start {Resource}: {Reason}")]
    private static partial void LogStartRefused(ILogger logger, string resource, string reason);
}
