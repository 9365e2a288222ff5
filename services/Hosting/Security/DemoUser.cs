namespace Intermunicipal.Hosting.Security;

/// <summary>A user of the development issuer, from the "DemoUsers" configuration section.</summary>
public sealed class DemoUser
{
    public string MunicipalityNumber { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public string Description { get; set; } = "";
}
