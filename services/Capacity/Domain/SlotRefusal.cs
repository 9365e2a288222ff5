using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Domain;

/// <summary>
/// Why a treatment may not start: a reason code (one of the <see cref="SlotRules"/> constants),
/// the first date the rule breaks, and an English description made of numbers and ISO dates only,
/// so it may go into an error message without carrying personal data.
/// </summary>
public sealed record SlotRefusal(string Reason, DateOnly Date, string Description)
{
    internal static SlotRefusal NotParticipating(string municipalityNumber, DateOnly date) =>
        new(SlotRules.NotParticipating, date,
            $"Municipality {municipalityNumber} holds no allocation in this team on {IsoDate.ToText(date)}.");

    internal static SlotRefusal NoFreeSlot(int capacity, DateOnly date) =>
        new(SlotRules.NoFreeSlot, date, capacity switch
        {
            0 => $"The team has no slots on {IsoDate.ToText(date)}.",
            1 => $"The team's only slot is in use on {IsoDate.ToText(date)}.",
            _ => $"All {capacity} slots are in use on {IsoDate.ToText(date)}.",
        });

    internal static SlotRefusal NoOwnSlot(string municipalityNumber, int held, int used, DateOnly date)
    {
        var holding = held == 0
            ? $"holds no slots on {IsoDate.ToText(date)}"
            : $"holds {Slots(held)} on {IsoDate.ToText(date)} and uses {(used == held ? "all " : "")}{used}";
        return new(SlotRules.NoOwnSlot, date,
            $"Municipality {municipalityNumber} {holding}; the team does not lend free slots.");
    }

    private static string Slots(int count) => count == 1 ? "1 slot" : $"{count} slots";
}
