using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Infrastructure.Entities;

/// <summary>An entry of a code list (concern categories, legal bases).</summary>
public sealed class CodeRecord
{
    public CodeList List { get; set; }
    public required string Code { get; set; }
    public required string DisplayName { get; set; }
    public bool Active { get; set; } = true;
}
