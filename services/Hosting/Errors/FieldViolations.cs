using Google.Rpc;

namespace Intermunicipal.Hosting.Errors;

/// <summary>
/// Collects every problem with a request before answering, so the caller learns of all
/// bad fields at once. Field paths are the proto field names ("call.receive_time").
/// </summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool IsEmpty => _violations.Count == 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> Items => _violations;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return this;
    }

    /// <summary>Adds a violation when <paramref name="ok"/> is false.</summary>
    public FieldViolations Require(bool ok, string field, string description) => ok ? this : Add(field, description);

    /// <summary>Throws INVALID_ARGUMENT naming every bad field, if there are any.</summary>
    /// <param name="judged">When given, only violations of fields it accepts count.</param>
    public void ThrowIfAny(Func<string, bool>? judged = null)
    {
        var counted = judged is null ? _violations : [.. _violations.Where(v => judged(v.Field))];
        if (counted.Count > 0)
        {
            throw Problems.InvalidArgument(counted);
        }
    }
}
