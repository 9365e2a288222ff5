using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// Well-formed protobuf messages with hostile values: every field set at random to extremes,
/// odd text, unknown enum numbers, nested and repeated. Seeded, so every run sends the same.
/// </summary>
/// <param name="seed">Fixes the sequence.</param>
/// <param name="names">Real resource names, so that many messages get past name parsing into the deeper checks.</param>
public sealed class RandomMessages(int seed, IReadOnlyList<string> names)
{
    private static readonly HashSet<string> NameFields =
        ["parent", "name", "on_call_unit", "call", "corrects_entry", "team", "referral", "programme", "host", "partner", "counterpart", "invoice", "dispute", "cost_pool", "agreement"];

    private static readonly string[] Texts =
    [
        "", " ", "\0", "\n", "onCallUnits/asker-og-baerum", "onCallUnits/asker-og-baerum/calls/00000000-0000-7000-8000-000000000000",
        "onCallUnits/asker-og-baerum/handovers/3203-2026-02-30", "3203", "0301", "vold-naere-relasjoner", "bvl-4-2",
        "00000000-0000-7000-8000-000000000001", "ÆØÅ😀", "'; DROP TABLE calls; --", new string('x', 70_000), "receive_time", "child.full_name",
    ];

    private readonly Random _random = new(seed);

    public IMessage Next(MessageDescriptor descriptor, int depth = 0)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (_random.Next(3) == 0)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                for (var i = _random.Next(4); i > 0; i--)
                {
                    if (Value(field, depth) is { } item)
                    {
                        list.Add(item);
                    }
                }
            }
            else if (Value(field, depth) is { } value)
            {
                field.Accessor.SetValue(message, value);
            }
        }

        return message;
    }

    private object? Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => Text(field.Name),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Pick(0, 1, -1, 12, 13, 2026, int.MaxValue, int.MinValue),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => (long)Pick(0, 1, -1, 999_999_999, int.MaxValue) * Pick(1, 1_000_000_000, -1),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)Pick(0, 1, int.MaxValue),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)Pick(0, 1, int.MaxValue),
        FieldType.Bool => _random.Next(2) == 0,
        FieldType.Double => (double)Pick(0, -1, int.MaxValue),
        FieldType.Float => (float)Pick(0, -1, int.MaxValue),
        FieldType.Bytes => ByteString.CopyFrom([(byte)_random.Next(256)]),
        FieldType.Enum => Pick(0, 1, 2, 3, 7, 8, 99, -1),
        FieldType.Message when depth < 3 => Next(field.MessageType, depth + 1),
        _ => null,
    };

    private int Pick(params int[] choices) => choices[_random.Next(choices.Length)];

    /// <summary>Mostly plausible values for the fields that gate everything else, hostile ones otherwise.</summary>
    private string Text(string field) => (_random.Next(4), field) switch
    {
        ( > 0, _) when NameFields.Contains(field) => names[_random.Next(names.Count)],
        ( > 0, "municipality_number") => Pick(3201, 3203, 3316).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ( > 0, "request_id") => new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)_random.Next(256))]).ToString(),
        _ => Texts[_random.Next(Texts.Length)],
    };
}
