using Intermunicipal.Capacity.Grpc.Validation;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Storage;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    private const int MostAttempts = 12;

    /// <summary>
    /// Runs one change to a team under the team's version. <paramref name="apply"/> judges the
    /// request against the freshly loaded team (throwing a status to refuse it), changes tracked
    /// records, and returns the changed resource's name and the answer. The team's version is bumped
    /// and the request id recorded in the same SaveChanges: if any other change to the team
    /// committed in between, the database refuses this one and it is judged again on the new state.
    /// So no two changes are ever judged against the same state — the last slot cannot be given
    /// twice, with any number of instances on one database. A request id seen before (a retry) is
    /// answered by <paramref name="replay"/> from the resource as it is now.
    /// </summary>
    /// <param name="target">The resource the request names (team, referral or allocation):
    /// a request id reused for another target or method, or by someone else, is ALREADY_EXISTS.</param>
    private async Task<T> ChangeTeamAsync<T>(string teamId, string target, string method, string requestId, Caller caller,
        Func<TeamRecord, Task<(string Resource, T Answer)>> apply, Func<ChangeRecord, Task<T>> replay, CancellationToken ct)
    {
        requestId = RequestIds.Normalize(requestId);
        for (var attempt = 1; attempt <= MostAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await EarlierChangeAsync(requestId, target, method, caller, ct) is { } earlier)
            {
                return await replay(earlier);
            }

            var team = await LoadTeamAsync(teamId, tracked: true, ct);
            var (resource, answer) = await apply(team);
            team.Version++;
            db.Changes.Add(new ChangeRecord
            {
                RequestId = requestId,
                Method = method,
                ResourceName = resource,
                Subject = caller.Subject,
                SubjectMunicipalityNumber = caller.MunicipalityNumber,
                OccurTime = Now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                boardSignal.Pulse();
                LogChanged(logger, method, resource);
                return answer;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another change to this team committed first: judge again on the state it left.
                await BackOffAsync(attempt, ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // A retry raced its first attempt (same request id); the next pass answers as the first did.
                await BackOffAsync(attempt, ct);
            }
        }

        throw Problems.Aborted("The team changed too often at the same moment; retry with the same request_id.");
    }

    /// <summary>The earlier change with this request id, if it is this caller's same request; ALREADY_EXISTS if it is another.</summary>
    private async Task<ChangeRecord?> EarlierChangeAsync(string requestId, string target, string method, Caller caller, CancellationToken ct)
    {
        var earlier = await db.Changes.AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == requestId, ct);
        if (earlier is null)
        {
            return null;
        }

        var same = earlier.Method == method && earlier.Subject == caller.Subject
            && (earlier.ResourceName == target || earlier.ResourceName.StartsWith(target + "/", StringComparison.Ordinal));
        return same ? earlier : throw Problems.AlreadyExists(target, "request_id was already used for another change");
    }

    /// <summary>A short, growing, jittered pause so racing writers do not collide again in lockstep.</summary>
    private static Task BackOffAsync(int attempt, CancellationToken ct) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 5))), ct);
}
