using Google.Type;
using Grpc.Core;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.LoadTool.Workloads;

/// <summary>
/// Each step refers a family, starts its treatment today and completes it today, in a team the tool
/// creates for the purpose. Every one of those changes takes the team's version, so all workers
/// contend for one team: this measures the serialised write path that keeps the last slot from
/// being given twice. A treatment ended today still held its slot today, so a team is good for as
/// many steps as its capacity (the service's largest, 1000); then the tool creates the next.
/// </summary>
public sealed class TreatmentCycleWorkload(CapacityService.CapacityServiceClient client, TimedRpc rpc) : IWorkload
{
    public const string Refer = "CreateReferral";
    public const string Start = "StartTreatment";
    public const string Complete = "CompleteTreatment";

    public const int TeamCapacity = 1000;

    private readonly List<string> _teams = [];
    private readonly SemaphoreSlim _teamsLock = new(1, 1);
    private long _steps;

    public int StepCost => 3;

    /// <summary>The teams created so far, in order.</summary>
    public IReadOnlyList<string> Teams => _teams;

    /// <summary>Creates the first team before the clock starts, so that a missing role fails at once.</summary>
    public async Task PrepareAsync(int workers, CancellationToken cancel) => await TeamForStepAsync(0);

    public async Task<int> StepAsync(int worker, int granted, LatencyRecorder recorder)
    {
        var team = await TeamForStepAsync(Interlocked.Increment(ref _steps) - 1);
        var referral = (await rpc.SendAsync(recorder, Refer, o => client.CreateReferralAsync(Referral(team), o)))?.Referral;
        if (referral is null || granted < 2)
        {
            return 1;
        }

        var started = (await rpc.SendAsync(recorder, Start, o => client.StartTreatmentAsync(
            new StartTreatmentRequest { Name = referral.Name, StartDate = Today(), RequestId = Guid.NewGuid().ToString() }, o)))?.Referral;
        if (started is null || granted < 3)
        {
            return 2;
        }

        await rpc.SendAsync(recorder, Complete, o => client.CompleteTreatmentAsync(new CompleteTreatmentRequest
        {
            Name = started.Name,
            EndDate = Today(),
            Outcome = TreatmentOutcome.LivingAtHome,
            RequestId = Guid.NewGuid().ToString(),
        }, o));
        return 3;
    }

    /// <summary>The team step <paramref name="step"/> (from 0) is made in, created when the step is the first to need it.</summary>
    private async Task<string> TeamForStepAsync(long step)
    {
        var index = (int)(step / TeamCapacity);
        await _teamsLock.WaitAsync();
        try
        {
            while (_teams.Count <= index)
            {
                _teams.Add(await CreateTeamAsync());
            }

            return _teams[index];
        }
        finally
        {
            _teamsLock.Release();
        }
    }

    private async Task<string> CreateTeamAsync()
    {
        var id = "load-" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            return (await client.CreateTeamAsync(new CreateTeamRequest
            {
                TeamId = id,
                Team = new Team { DisplayName = "Load tool " + id, Programme = "programmes/mst-can", FreeSlotPolicy = FreeSlotPolicy.OwnSlotsOnly },
                InitialCapacity = TeamCapacity,
                CapacityEffectiveDate = Today(),
                RequestId = Guid.NewGuid().ToString(),
            }, rpc.Options())).Team.Name;
        }
        catch (RpcException e)
        {
            throw new InvalidOperationException($"Could not create a load team for --operation treatment: {e.StatusCode}: {e.Status.Detail}", e);
        }
    }

    /// <summary>A family of two children, under an opaque reference that is not personal data.</summary>
    private CreateReferralRequest Referral(string team) => new()
    {
        Parent = team,
        Referral = new Referral
        {
            FamilyReference = "LOAD-" + Guid.NewGuid().ToString("N")[..10],
            Priority = Priority.Normal,
            Children = { new Child { AgeYears = 9 }, new Child { AgeYears = 13 } },
        },
        RequestId = Guid.NewGuid().ToString(),
    };

    private Date Today() => ProtoTime.ToDate(NorwegianTime.DateOf(rpc.Clock.GetUtcNow().UtcDateTime));
}
