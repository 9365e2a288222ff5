using Intermunicipal.Hosting.Security;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>The callers the tests act as. Municipality numbers match the Development catalog.</summary>
public sealed record TestUser(string Subject, string Municipality, params string[] Roles)
{
    public const string Baerum = "3201";
    public const string Asker = "3203";
    public const string Modum = "3316";
    public const string Sigdal = "3332";
    public const string Tonsberg = "3905";
    public const string Sandefjord = "3907";
    public const string Larvik = "3909";
    public const string Oslo = "0301";

    public static readonly TestUser BaerumStaff = new("baerum-vakt", Baerum, Hosting.Security.Roles.OnCallStaff);
    public static readonly TestUser BaerumLead = new("baerum-vaktleder", Baerum, Hosting.Security.Roles.OnCallStaff, Hosting.Security.Roles.OnCallLead);
    public static readonly TestUser BaerumCaseworker = new("baerum-saksbehandler", Baerum, Hosting.Security.Roles.Caseworker);
    public static readonly TestUser AskerCaseworker = new("asker-saksbehandler", Asker, Hosting.Security.Roles.Caseworker);
    public static readonly TestUser AskerStaff = new("asker-vakt", Asker, Hosting.Security.Roles.OnCallStaff);
    public static readonly TestUser AskerFinance = new("asker-okonomi", Asker, Hosting.Security.Roles.Finance);
    public static readonly TestUser BaerumFinance = new("baerum-okonomi", Baerum, Hosting.Security.Roles.Finance);
    public static readonly TestUser AskerCoordinator = new("asker-koordinator", Asker, Hosting.Security.Roles.CapacityCoordinator);
    public static readonly TestUser AskerAdmin = new("asker-admin", Asker, Hosting.Security.Roles.Admin);
    public static readonly TestUser BaerumCoordinator = new("baerum-koordinator", Baerum, Hosting.Security.Roles.CapacityCoordinator);
    public static readonly TestUser BaerumAdmin = new("baerum-admin", Baerum, Hosting.Security.Roles.Admin);
    public static readonly TestUser TonsbergCoordinator = new("tonsberg-koordinator", Tonsberg, Hosting.Security.Roles.CapacityCoordinator);
    public static readonly TestUser SandefjordCoordinator = new("sandefjord-koordinator", Sandefjord, Hosting.Security.Roles.CapacityCoordinator);
    public static readonly TestUser ModumStaff = new("modum-vakt", Modum, Hosting.Security.Roles.OnCallStaff, Hosting.Security.Roles.OnCallLead);
    public static readonly TestUser SigdalCaseworker = new("sigdal-saksbehandler", Sigdal, Hosting.Security.Roles.Caseworker);
    public static readonly TestUser OsloCaseworker = new("oslo-saksbehandler", Oslo, Hosting.Security.Roles.Caseworker);

    public string TokenFrom(TokenMinter minter) => minter.Mint(Subject, Municipality, Roles);
}
