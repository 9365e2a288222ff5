using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// Writes the year's usage straight into OnCall's and Capacity's databases (through their own
/// contexts, in large batches): the set-up is not what is measured, and a million calls through the
/// API would take longer than the year's invoicing itself.
/// </summary>
public static class UsageSeeder
{
    private const int Batch = 20_000;

    public static async Task SeedOnCallAsync(WebApplication app, NationalDataSet data, int year, int seed)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OnCallDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var coop in data.Cooperations)
        {
            db.Units.Add(new OnCallUnitRecord
            {
                Id = coop.UnitId,
                DisplayName = $"Barnevernvakt {coop.Index}",
                HostMunicipalityNumber = coop.Host.Number,
                CoveredMunicipalityNumbers = [.. coop.Members.Select(m => m.Number).Order(StringComparer.Ordinal)],
                AlwaysOpen = true,
                OfficeOpensMinute = 480,
                OfficeClosesMinute = 930,
            });
        }

        db.Municipalities.AddRange(data.Municipalities.Select(m => new OnCall.Infrastructure.Entities.MunicipalityRecord { Number = m.Number, Name = $"Kommune {m.Number}" }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(seed);
        var members = data.Cooperations.SelectMany(c => c.Members.Select(m => (Coop: c, Member: m))).ToList();
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var secondsInYear = (int)(start.AddYears(1) - start).TotalSeconds;
        for (var i = 0; i < data.Calls; i++)
        {
            var (coop, member) = members[random.Next(members.Count)];
            var received = start.AddSeconds(random.Next(secondsInYear));
            db.Calls.Add(new CallRecord
            {
                Id = Guid.CreateVersion7().ToString(),
                UnitId = coop.UnitId,
                RequestId = Guid.NewGuid().ToString(),
                ReceiveTime = received,
                Channel = Channel.Phone,
                ReporterType = ReporterType.Parent,
                MunicipalityNumber = member.Number,
                Urgency = Urgency.Low,
                Summary = "Generert samtale",
                Creator = "benchmark",
                CreateTime = received,
                HandoverDate = DateOnly.FromDateTime(received),
                Status = CallStatus.Closed,
            });
            if ((i + 1) % Batch == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }

    public static async Task SeedCapacityAsync(WebApplication app, NationalDataSet data, int year, int seed)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CapacityDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var opened = new DateOnly(year - 1, 1, 1);
        var now = DateTime.UtcNow;
        foreach (var coop in data.Cooperations)
        {
            db.Teams.Add(new TeamRecord
            {
                Id = coop.TeamId,
                DisplayName = $"MST-CAN {coop.Index}",
                ProgrammeId = "mst-can",
                HostMunicipalityNumber = coop.Host.Number,
                FreeSlotPolicy = FreeSlotPolicy.ShareFreeSlots,
                CreateTime = now,
                Creator = "benchmark",
                CapacityChanges = [new CapacityChangeRecord { Id = Guid.NewGuid().ToString(), TeamId = coop.TeamId, EffectiveDate = opened, Capacity = 200, CreateTime = now, Creator = "benchmark" }],
                Allocations = [.. coop.Partners.Select(p => new AllocationRecord
                {
                    Id = Guid.NewGuid().ToString(), TeamId = coop.TeamId, MunicipalityNumber = p.Number, SlotCount = 1, StartDate = opened, CreateTime = now, Creator = "benchmark",
                })],
            });
        }

        var random = new Random(seed);
        var members = data.Cooperations.SelectMany(c => c.Members.Select(m => (Coop: c, Member: m))).ToList();
        for (var i = 0; i < data.Treatments; i++)
        {
            var (coop, member) = members[random.Next(members.Count)];
            var startDate = new DateOnly(year, 1, 1).AddDays(random.Next(-120, 365));
            var endDate = startDate.AddDays(random.Next(90, 240));
            db.Referrals.Add(new ReferralRecord
            {
                Id = Guid.CreateVersion7().ToString(),
                TeamId = coop.TeamId,
                MunicipalityNumber = member.Number,
                FamilyReference = $"familie-{i}",
                ChildAges = [10],
                Priority = Priority.Normal,
                CreateTime = now,
                Creator = "benchmark",
                StartDate = startDate,
                PlannedEndDate = endDate,
                EndDate = endDate,
                State = ReferralState.Completed,
                Outcome = TreatmentOutcome.LivingAtHome,
            });
        }

        await db.SaveChangesAsync();
    }
}
