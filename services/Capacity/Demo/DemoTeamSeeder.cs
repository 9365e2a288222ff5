using System.Security.Cryptography;
using System.Text;
using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Hosting.Time;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Demo teams (Development only): Bærum's MST-CAN and RFT teams with Asker's slots, and MST-CAN
/// Vestfold hosted by Tønsberg for three partners, so nothing is hard-wired to one host. Treatments
/// run relative to today, so the board always has something to show. Runs once: if the teams
/// exist, nothing is done. Ids are derived from fixed labels, so a second instance seeding at the
/// same moment collides on keys instead of duplicating.
/// </summary>
public sealed class DemoTeamSeeder(CapacityDbContext db, TimeProvider clock) : IDataSeeder
{
    private const string Baerum = "3201", Asker = "3203", Tonsberg = "3905", Sandefjord = "3907", Larvik = "3909", Faerder = "3911";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.Select(p => p.Id).ToListAsync(cancellationToken);
        if (await db.Teams.AnyAsync(t => t.Id == "mst-can-baerum", cancellationToken) || !programmes.Contains("mst-can") || !programmes.Contains("rft"))
        {
            return;
        }

        var today = NorwegianTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = new Plan(today, now);

        plan.Team("mst-can-baerum", "MST-CAN Bærum", "mst-can", Baerum, FreeSlotPolicy.OwnSlotsOnly, (new DateOnly(2016, 1, 1), 8));
        plan.Allocation("mst-can-baerum", Asker, 3, new DateOnly(2016, 1, 1));
        plan.Treatments("mst-can-baerum", Baerum, 4, 225, [9, 12], [7, 10, 14], [11], [6, 8]);
        plan.Treatments("mst-can-baerum", Asker, 3, 225, [13], [8, 10], [15, 16]);
        plan.Waiting("mst-can-baerum", Baerum, Priority.Urgent, 10, 12);
        plan.Waiting("mst-can-baerum", Asker, Priority.High, 9);
        plan.Waiting("mst-can-baerum", Asker, Priority.Normal, 7, 11);

        plan.Team("rft-baerum", "RFT Bærum", "rft", Baerum, FreeSlotPolicy.ShareFreeSlots, (new DateOnly(2013, 9, 1), 20));
        plan.Allocation("rft-baerum", Asker, 4, new DateOnly(2019, 1, 1));
        plan.Treatments("rft-baerum", Baerum, 14, 155, [14], [15], [13], [16], [12], [17], [14], [15], [13], [16], [14], [15], [12], [17]);
        plan.Treatments("rft-baerum", Asker, 3, 155, [14], [16], [13]);
        plan.Waiting("rft-baerum", Asker, Priority.Normal, 15);

        plan.Team("mst-can-vestfold", "MST-CAN Vestfold", "mst-can", Tonsberg, FreeSlotPolicy.OwnSlotsOnly, (new DateOnly(2023, 8, 1), 8));
        plan.Allocation("mst-can-vestfold", Sandefjord, 2, new DateOnly(2023, 8, 1));
        plan.Allocation("mst-can-vestfold", Larvik, 2, new DateOnly(2023, 8, 1));
        plan.Allocation("mst-can-vestfold", Faerder, 1, new DateOnly(2024, 1, 1));
        plan.Treatments("mst-can-vestfold", Tonsberg, 2, 225, [9], [12, 14]);
        plan.Treatments("mst-can-vestfold", Sandefjord, 2, 225, [7], [10]);
        plan.Treatments("mst-can-vestfold", Larvik, 1, 225, [11, 13]);
        plan.Waiting("mst-can-vestfold", Larvik, Priority.High, 8);
        plan.Waiting("mst-can-vestfold", Faerder, Priority.Normal, 6, 9);

        db.Teams.AddRange(plan.Teams);
        db.Referrals.AddRange(plan.Referrals);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Builds the records; treatments are spread over the programme's typical length so slots free one by one.</summary>
    private sealed class Plan(DateOnly today, DateTime now)
    {
        public List<TeamRecord> Teams { get; } = [];

        public List<ReferralRecord> Referrals { get; } = [];

        public void Team(string id, string name, string programme, string host, FreeSlotPolicy policy, (DateOnly From, int Capacity) capacity) =>
            Teams.Add(new TeamRecord
            {
                Id = id,
                DisplayName = name,
                ProgrammeId = programme,
                HostMunicipalityNumber = host,
                FreeSlotPolicy = policy,
                CreateTime = now,
                Creator = "demo",
                CapacityChanges = [new CapacityChangeRecord { Id = Id(id, "capacity"), TeamId = id, EffectiveDate = capacity.From, Capacity = capacity.Capacity, CreateTime = now, Creator = "demo" }],
            });

        public void Allocation(string teamId, string municipality, int slots, DateOnly start) =>
            Teams.Single(t => t.Id == teamId).Allocations.Add(new AllocationRecord
            {
                Id = Id(teamId, "allocation", municipality),
                TeamId = teamId,
                MunicipalityNumber = municipality,
                SlotCount = slots,
                StartDate = start,
                CreateTime = now,
                Creator = "demo",
            });

        /// <summary><paramref name="count"/> active treatments that started evenly spread over the last <paramref name="typicalDays"/> days.</summary>
        public void Treatments(string teamId, string municipality, int count, int typicalDays, params int[][] children)
        {
            for (var i = 0; i < count; i++)
            {
                var start = today.AddDays(-(typicalDays * (i + 1) / (count + 1)));
                Referrals.Add(Referral(teamId, municipality, $"{i}", children[i % children.Length], Priority.Normal, ReferralState.Active, start));
            }
        }

        public void Waiting(string teamId, string municipality, Priority priority, params int[] children) =>
            Referrals.Add(Referral(teamId, municipality, $"w{Referrals.Count}", children, priority, ReferralState.Waiting, null));

        private ReferralRecord Referral(string teamId, string municipality, string label, int[] children, Priority priority, ReferralState state, DateOnly? start)
        {
            var id = Id(teamId, municipality, label);
            var referred = start?.AddDays(-21) ?? today.AddDays(-Referrals.Count % 20);
            return new ReferralRecord
            {
                Id = id,
                TeamId = teamId,
                MunicipalityNumber = municipality,
                FamilyReference = $"DEMO-{municipality}-{id[..4].ToUpperInvariant()}",
                ChildAges = [.. children],
                Priority = priority,
                State = state,
                CreateTime = new DateTime(referred.Year, referred.Month, referred.Day, 9, 0, 0, DateTimeKind.Utc),
                Creator = "demo",
                StartDate = start,
                Version = 1,
            };
        }

        /// <summary>A UUID-shaped id derived from fixed labels: the same on every run.</summary>
        private static string Id(params string[] labels)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('/', labels)));
            return new Guid(hash.AsSpan(0, 16)).ToString();
        }
    }
}
