using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// A call as usage counts it: its id, when it came in, its entries, and (for statistics only) who
/// reported it and the concerns; never a summary, child or note. Kept small because billing reads a
/// year of them at once.
/// </summary>
public sealed record CountedCall(string Id, DateTime ReceiveTime)
{
    public ReporterType ReporterType { get; init; }

    public IReadOnlyList<string> ConcernCategories { get; init; } = [];

    public IReadOnlyList<CallEntryRecord> Entries { get; set; } = [];

    public static CountedCall Of(CallRecord call) => new(call.Id, call.ReceiveTime)
    {
        ReporterType = call.ReporterType,
        ConcernCategories = call.ConcernCategories,
        Entries = call.Entries,
    };
}
