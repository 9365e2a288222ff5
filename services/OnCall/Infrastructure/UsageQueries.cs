using System.Linq.Expressions;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Infrastructure;

/// <summary>
/// The queries usage is counted from: a municipality's calls in a unit that were received in a
/// window or have an entry in it, and their entries. Only what counting needs is read, never a
/// summary, child or note.
/// </summary>
public static class UsageQueries
{
    /// <summary>What billing counts a call by: its id and when it came in (an index covers both).</summary>
    public static readonly Expression<Func<CallRecord, CountedCall>> BillingColumns = c => new CountedCall(c.Id, c.ReceiveTime);

    /// <summary>What the monthly statistics also break calls down by.</summary>
    public static readonly Expression<Func<CallRecord, CountedCall>> StatisticsColumns = c => new CountedCall(c.Id, c.ReceiveTime)
    {
        ReporterType = c.ReporterType,
        ConcernCategories = c.ConcernCategories,
    };

    /// <summary>The calls counted for [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static IQueryable<CallRecord> Counted(OnCallDbContext db, string unitId, string municipality, DateTime from, DateTime to) =>
        db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unitId && c.MunicipalityNumber == municipality)
            .Where(c => (c.ReceiveTime >= from && c.ReceiveTime < to) || c.Entries.Any(e => e.OccurTime >= from && e.OccurTime < to));

    /// <summary>The counted calls' <paramref name="columns"/> in the order the calls came in; the usage index gives that order, so nothing is sorted.</summary>
    public static IQueryable<CountedCall> InReceiveOrder(IQueryable<CallRecord> counted, Expression<Func<CallRecord, CountedCall>> columns) =>
        counted.OrderBy(c => c.ReceiveTime).Select(columns);

    /// <summary>
    /// Billing's calls (<see cref="BillingColumns"/> in receive order), read from the rows of EF's own
    /// SQL for that query instead of materialised by EF: over a year's million calls, EF's work per
    /// row (its shaper, and a concurrency check that sets an AsyncLocal per row) cost more than
    /// SQLite's reading them (ADR 0012).
    /// </summary>
    public static async Task<List<CountedCall>> ReadBillingCallsAsync(OnCallDbContext db, IQueryable<CallRecord> counted, CancellationToken ct)
    {
        await using var command = InReceiveOrder(counted, BillingColumns).CreateDbCommand();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var calls = new List<CountedCall>();
            while (await reader.ReadAsync(ct))
            {
                calls.Add(new CountedCall(reader.GetString(0), StoredInstant.Read(reader, 1)));
            }

            return calls;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The entries of the counted calls, without notes, legal basis or details changes.</summary>
    public static IQueryable<CallEntryRecord> EntriesOf(IQueryable<CallRecord> counted) =>
        counted.SelectMany(c => c.Entries).Select(e => new CallEntryRecord
        {
            Id = e.Id,
            CallId = e.CallId,
            RequestId = "",
            Type = e.Type,
            OccurTime = e.OccurTime,
            EndTime = e.EndTime,
            CorrectsEntryId = e.CorrectsEntryId,
            Retraction = e.Retraction,
            CreateTime = e.CreateTime,
            Author = "",
        });
}
