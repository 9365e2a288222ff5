using System.Diagnostics;
using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    public override async Task<GetWaitingListResponse> GetWaitingList(GetWaitingListRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var team = await VisibleTeamAsync(ResourceNames.ParseTeam(request.Team, "team"), caller, ct);
        var queue = WaitingQueue.Order(await db.Referrals.AsNoTracking()
            .Where(r => r.TeamId == team.Id && r.State == ReferralState.Waiting).ToListAsync(ct));

        // Only the municipality's coordinators see its families; everyone else sees counts.
        var own = CapacityAccess.CanHandleReferralsOf(caller, caller.MunicipalityNumber)
            ? queue.Where(r => r.MunicipalityNumber == caller.MunicipalityNumber).ToList()
            : [];
        await AuditReadAsync(own, caller, "waiting-list.read", ct);

        var positions = queue.Select((r, i) => (r.Id, Position: i + 1)).ToDictionary(p => p.Id, p => p.Position);
        var list = new WaitingList { Team = ResourceNames.Team(team.Id), TotalWaiting = queue.Count };
        list.OwnEntries.AddRange(own.Select(r => new WaitingEntry
        {
            Referral = ReferralMapper.ToProto(r, withPersonalData: true),
            Position = positions[r.Id],
        }));
        list.Counts.AddRange(queue.GroupBy(r => r.MunicipalityNumber).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new WaitingCount
        {
            MunicipalityNumber = g.Key,
            Waiting = g.Count(),
            Urgent = g.Count(r => r.Priority == Priority.Urgent),
            High = g.Count(r => r.Priority == Priority.High),
        }));
        return new GetWaitingListResponse { WaitingList = list };
    }

    public override async Task<GetCapacityBoardResponse> GetCapacityBoard(GetCapacityBoardRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var date = BoardDate(request.Date);
        var teamId = request.Team.Length > 0 ? ResourceNames.ParseTeam(request.Team, "team") : null;
        var boards = await BoardsAsync(await WatchedTeamsAsync(teamId, caller, context.CancellationToken), caller, date, context.CancellationToken);
        var response = new GetCapacityBoardResponse { Date = ProtoTime.ToDate(date) };
        response.Teams.AddRange(boards);
        return response;
    }

    public override async Task WatchCapacityBoard(WatchCapacityBoardRequest request, IServerStreamWriter<WatchCapacityBoardResponse> responseStream,
        ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var options = context.GetHttpContext().RequestServices.GetRequiredService<IOptions<BoardWatchOptions>>().Value;
        var fixedDate = request.Date is null ? (DateOnly?)null : BoardDate(request.Date);
        var teamId = request.Team.Length > 0 ? ResourceNames.ParseTeam(request.Team, "team") : null;
        await WatchedTeamsAsync(teamId, caller, ct);

        string? sent = null;
        var sinceLastPush = Stopwatch.StartNew();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                // Take the signal before reading, so a change committed while we read still wakes us.
                var changed = boardSignal.NextAsync();
                db.ChangeTracker.Clear();
                var date = fixedDate ?? Today;
                var teams = await WatchedTeamsAsync(teamId, caller, ct);
                var stamp = IsoDate.ToText(date) + string.Concat(teams.Select(t => $"|{t.Id}:{t.Version}"));
                if (stamp != sent || sinceLastPush.Elapsed >= options.KeepAlive)
                {
                    var push = new WatchCapacityBoardResponse { Date = ProtoTime.ToDate(date) };
                    push.Teams.AddRange(await BoardsAsync(teams, caller, date, ct));
                    await responseStream.WriteAsync(push, ct);
                    sent = stamp;
                    sinceLastPush.Restart();
                }

                await WaitForChangeAsync(changed, options.PollInterval, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller stopped watching: a normal end of the stream.
        }
    }

    private static async Task WaitForChangeAsync(Task changed, TimeSpan poll, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(changed, Task.Delay(poll, stop.Token));
        await stop.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private DateOnly BoardDate(Google.Type.Date? requested)
    {
        if (requested is null)
        {
            return Today;
        }

        var violations = new FieldViolations();
        var date = ProtoValues.Date(requested, "date", violations);
        violations.ThrowIfAny();
        return date!.Value;
    }

    /// <summary>The one team asked for (after checking the caller sees it), or every team the caller takes part in.</summary>
    private async Task<IReadOnlyList<TeamRecord>> WatchedTeamsAsync(string? teamId, Caller caller, CancellationToken ct)
    {
        if (teamId is not null)
        {
            return [await VisibleTeamAsync(teamId, caller, ct)];
        }

        var own = caller.MunicipalityNumber;
        var teams = await db.Teams.AsNoTracking()
            .Where(t => t.HostMunicipalityNumber == own || t.Allocations.Any(a => a.MunicipalityNumber == own))
            .Include(t => t.CapacityChanges).Include(t => t.Allocations).AsSplitQuery()
            .OrderBy(t => t.Id).ToListAsync(ct);
        return [.. teams.Where(t => CapacityAccess.CanSeeTeam(caller, TeamTerms.Of(t)))];
    }

    private async Task<IReadOnlyList<TeamBoard>> BoardsAsync(IReadOnlyList<TeamRecord> teams, Caller caller, DateOnly date, CancellationToken ct)
    {
        var names = await MunicipalityNamesAsync(ct);
        var programmes = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var ids = teams.Select(t => t.Id).ToList();
        // Waiting referrals, and treatments that can still hold a slot on the date.
        var referrals = (await db.Referrals.AsNoTracking()
            .Where(r => ids.Contains(r.TeamId))
            .Where(r => r.State == ReferralState.Waiting || (r.StartDate != null && r.StartDate <= date && (r.EndDate == null || r.EndDate >= date)))
            .ToListAsync(ct)).ToLookup(r => r.TeamId);
        return [.. teams.Select(t => BoardBuilder.Build(t, programmes[t.ProgrammeId], [.. referrals[t.Id]], names, caller.MunicipalityNumber, date))];
    }
}
