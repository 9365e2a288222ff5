using Intermunicipal.Hosting.Storage;
using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Intermunicipal.OnCall.Demo;

/// <summary>
/// Demo calls for recent nights of every unit, so the run command shows a living call log:
/// pending handovers, call-outs, an emergency decision. Runs only on an empty call log and only
/// where Demo:SeedCalls is true. Every identity is made up; identity numbers are synthetic.
/// </summary>
public sealed class DemoCallSeeder(OnCallDbContext db, TimeProvider clock) : IDataSeeder
{
    private static readonly (int Hour, ReporterType Reporter, Channel Channel, string Category, CallEntryType Outcome)[] Night =
    [
        (18, ReporterType.Parent, Channel.Phone, "konflikt-hjemmet", CallEntryType.AdviceGiven),
        (21, ReporterType.Police, Channel.Police, "vold-naere-relasjoner", CallEntryType.CallOut),
        (23, ReporterType.Child, Channel.AlarmLine116111, "omsorgssvikt", CallEntryType.ReferredToDayService),
        (2, ReporterType.HealthService, Channel.Phone, "foreldre-rus", CallEntryType.EmergencyDecision),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Calls.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(NorwegianTime.Oslo).Date;
        var serial = 0;
        foreach (var unit in await db.Units.OrderBy(u => u.Id).ToListAsync(cancellationToken))
        {
            var calendar = new OfficeCalendar(unit.OfficeOpensMinute, unit.OfficeClosesMinute, unit.AlwaysOpen);
            // From two nights ago back, so no demo call lies in the future whatever the hour now.
            for (var nightsAgo = 4; nightsAgo >= 2; nightsAgo--)
            {
                var evening = today.PlusDays(-nightsAgo);
                foreach (var (slot, index) in Night.Select((s, i) => (s, i)))
                {
                    var municipality = unit.CoveredMunicipalityNumbers[(index + nightsAgo) % unit.CoveredMunicipalityNumbers.Count];
                    db.Calls.Add(DemoCall(unit, calendar, evening, slot, municipality, ++serial));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static CallRecord DemoCall(OnCallUnitRecord unit, OfficeCalendar calendar, LocalDate evening,
        (int Hour, ReporterType Reporter, Channel Channel, string Category, CallEntryType Outcome) slot, string municipality, int serial)
    {
        var day = slot.Hour < 12 ? evening.PlusDays(1) : evening;
        var received = day.At(new LocalTime(slot.Hour, 15)).InZoneLeniently(NorwegianTime.Oslo).ToInstant();
        var receivedUtc = received.ToDateTimeUtc();
        var id = DemoGuid(serial, 0);
        var call = new CallRecord
        {
            Id = id,
            UnitId = unit.Id,
            RequestId = DemoGuid(serial, 1),
            ReceiveTime = receivedUtc,
            Channel = slot.Channel,
            ReporterType = slot.Reporter,
            MunicipalityNumber = municipality,
            ConcernCategories = [slot.Category],
            Urgency = slot.Outcome == CallEntryType.EmergencyDecision ? Urgency.Acute : Urgency.Medium,
            Summary = $"Demo: oppdiktet henvendelse nr. {serial}.",
            ChildFullName = $"Demo Barn {serial}",
            ChildBirthDate = new DateOnly(2012 + serial % 6, 1 + serial % 12, 1 + serial % 28),
            HandlingStaff = ["demo-vakt-1"],
            CreateTime = receivedUtc.AddMinutes(10),
            Creator = "demo-seed",
            HandoverDate = ProtoTime.ToDateOnly(calendar.HandoverDate(received)),
        };
        call.ChildNationalIdentityNumber = NationalIdentityNumber.Synthetic(call.ChildBirthDate.Value, serial);
        call.Entries.Add(new CallEntryRecord
        {
            Id = DemoGuid(serial, 2),
            CallId = id,
            RequestId = DemoGuid(serial, 3),
            Type = slot.Outcome,
            OccurTime = receivedUtc.AddMinutes(20),
            EndTime = slot.Outcome == CallEntryType.CallOut ? receivedUtc.AddMinutes(20 + 95) : null,
            LegalBasis = slot.Outcome == CallEntryType.EmergencyDecision ? "bvl-4-2" : null,
            CreateTime = receivedUtc.AddMinutes(30),
            Author = "demo-seed",
        });
        call.Status = new CallHistory(call.Entries).Status;
        return call;
    }

    private static string DemoGuid(int serial, int part) =>
        new Guid($"00000000-0000-7000-8000-{serial:0000000}{part:00000}").ToString();
}
