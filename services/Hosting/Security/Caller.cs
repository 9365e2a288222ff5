using System.Security.Claims;
using Grpc.Core;

namespace Intermunicipal.Hosting.Security;

/// <summary>Who is calling: subject id, the municipality (kommunenummer) they act for, and their roles.</summary>
public sealed record Caller(string Subject, string MunicipalityNumber, IReadOnlySet<string> Roles)
{
    /// <summary>The longest subject id a service stores (who logged, corrected or read a call).</summary>
    public const int MaxSubjectLength = 200;

    public bool HasRole(string role) => Roles.Contains(role);

    public bool HasAnyRole(params string[] roles) => roles.Any(Roles.Contains);

    public bool ActsFor(string municipalityNumber) => MunicipalityNumber == municipalityNumber;

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimNames.Subject) ?? "",
        user.FindFirstValue(ClaimNames.Municipality) ?? "",
        user.FindAll(ClaimNames.Roles).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>The authenticated caller of a gRPC call (the service requires authentication, so one is always there).</summary>
    public static Caller From(ServerCallContext context) => From(context.GetHttpContext().User);
}
