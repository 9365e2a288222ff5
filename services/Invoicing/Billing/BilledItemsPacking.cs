using System.Text;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// A line's billed items in one value: a layout byte, the count, then per item its source (UTF-8,
/// length-prefixed), first day, number of days and quantity as variable-length integers. A row per
/// item made a national year a million inserts; a line's items are only ever read together.
/// </summary>
public static class BilledItemsPacking
{
    private const byte Layout = 1;

    public static byte[] Pack(IReadOnlyCollection<BilledPart> parts)
    {
        using var stream = new MemoryStream(parts.Count * 64 + 8);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Layout);
            writer.Write7BitEncodedInt(parts.Count);
            foreach (var part in parts)
            {
                writer.Write(part.Source);
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
        if (layout != Layout)
        {
            throw new InvalidDataException($"Billed items in layout {layout}, which this version does not read.");
        }

        var parts = new List<BilledPart>(reader.Read7BitEncodedInt());
        for (var i = parts.Capacity; i > 0; i--)
        {
            var source = reader.ReadString();
            var first = DateOnly.FromDayNumber(reader.Read7BitEncodedInt());
            var days = reader.Read7BitEncodedInt();
            parts.Add(new BilledPart(source, new DateRange(first, first.AddDays(days - 1)), reader.Read7BitEncodedInt64()));
        }

        return parts;
    }
}
