using System.Linq.Expressions;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

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

    /// <summary>
    /// The counted calls' <paramref name="columns"/> in the order the calls came in, each with one of
    /// its entries (without notes, legal basis or details changes), or with none: one pass over the
    /// calls, a call with several entries once per entry, its rows together. The usage index gives
    /// that order, so nothing is sorted.
    /// </summary>
    public static IQueryable<CountedRow> WithEntries(IQueryable<CallRecord> counted, IQueryable<CallEntryRecord> entries,
        Expression<Func<CallRecord, CountedCall>> columns) =>
        counted.OrderBy(c => c.ReceiveTime).ThenBy(c => c.Id)
            .SelectMany(c => entries.Where(e => e.CallId == c.Id).DefaultIfEmpty(), RowOf(columns));

    /// <summary>The calls of <paramref name="rows"/> in their order, each once, holding its entries.</summary>
    public static List<CountedCall> Calls(IEnumerable<CountedRow> rows)
    {
        var calls = new List<CountedCall>();
        List<CallEntryRecord>? entries = null;
        foreach (var (call, entry) in rows)
        {
            if (calls.Count == 0 || calls[^1].Id != call.Id)
            {
                calls.Add(call);
                entries = null;
            }

            if (entry is not null)
            {
                calls[^1].Entries = entries ??= [];
                entries.Add(entry);
            }
        }

        return calls;
    }

    private static readonly Expression<Func<CallEntryRecord, CallEntryRecord>> EntryColumns = e => new CallEntryRecord
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
    };

    /// <summary>(call, entry or null) to a row of the call's <paramref name="columns"/> and the entry's <see cref="EntryColumns"/>.</summary>
    private static Expression<Func<CallRecord, CallEntryRecord?, CountedRow>> RowOf(Expression<Func<CallRecord, CountedCall>> columns)
    {
        var call = Expression.Parameter(typeof(CallRecord), "c");
        var entry = Expression.Parameter(typeof(CallEntryRecord), "e");
        var none = Expression.Constant(null, typeof(CallEntryRecord));
        var row = Expression.New(typeof(CountedRow).GetConstructors().Single(),
            ReplacingExpressionVisitor.Replace(columns.Parameters[0], call, columns.Body),
            Expression.Condition(Expression.Equal(entry, none), none, ReplacingExpressionVisitor.Replace(EntryColumns.Parameters[0], entry, EntryColumns.Body)));
        return Expression.Lambda<Func<CallRecord, CallEntryRecord?, CountedRow>>(row, call, entry);
    }
}

/// <summary>A counted call with one of its entries, or with none.</summary>
public sealed record CountedRow(CountedCall Call, CallEntryRecord? Entry);
