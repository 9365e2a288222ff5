using System.Text;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// A line's billed items in one value: a layout byte, the count, then per item its source, first
/// day, number of days and quantity as variable-length integers. A row per item made a national
/// year a million inserts; a line's items are only ever read together. Layout 2 writes each source
/// as the number of characters it shares with the one before and the rest (UTF-8, length-prefixed):
/// a line's sources come in time order under one unit ("onCallUnits/x/calls/" and a time-ordered
/// id), so this halves what a year of billed calls takes on disk. Layout 1 (whole sources) is still read.
/// </summary>
public static class BilledItemsPacking
{
    private const byte WholeSources = 1;
    private const byte SharedPrefixes = 2;

    public static byte[] Pack(IReadOnlyCollection<BilledPart> parts)
    {
        using var stream = new MemoryStream(parts.Count * 64 + 8);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(SharedPrefixes);
            writer.Write7BitEncodedInt(parts.Count);
            var previous = "";
            foreach (var part in parts)
            {
                var shared = previous.AsSpan().CommonPrefixLength(part.Source);
                writer.Write7BitEncodedInt(shared);
                writer.Write(part.Source[shared..]);
                previous = part.Source;
                writer.Write7BitEncodedInt(part.Days.First.DayNumber);
                writer.Write7BitEncodedInt(part.Days.Days);
                writer.Write7BitEncodedInt64(part.Quantity);
            }
        }

        return stream.ToArray();
    }

    public static List<BilledPart> Unpack(byte[] packed)
    {
        using var reader = new BinaryReader(new MemoryStream(packed), Encoding.UTF8);
        var layout = reader.ReadByte();
        if (layout is not (WholeSources or SharedPrefixes))
        {
            throw new InvalidDataException($"Billed items in layout {layout}, which this version does not read.");
        }

        var parts = new List<BilledPart>(reader.Read7BitEncodedInt());
        var previous = "";
        for (var i = parts.Capacity; i > 0; i--)
        {
            var source = layout == WholeSources ? reader.ReadString() : SharedWith(previous, reader);
            previous = source;
            var first = DateOnly.FromDayNumber(reader.Read7BitEncodedInt());
            var days = reader.Read7BitEncodedInt();
            parts.Add(new BilledPart(source, new DateRange(first, first.AddDays(days - 1)), reader.Read7BitEncodedInt64()));
        }

        return parts;
    }

    private static string SharedWith(string previous, BinaryReader reader)
    {
        var shared = reader.Read7BitEncodedInt();
        return shared <= previous.Length
            ? string.Concat(previous.AsSpan(0, shared), reader.ReadString())
            : throw new InvalidDataException("A billed item shares more of its source than the item before it has.");
    }
}
