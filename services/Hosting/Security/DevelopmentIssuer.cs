using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intermunicipal.Hosting.Security;

public static class DevelopmentIssuer
{
    public const string Path = "/dev/tokens";

    /// <summary>
    /// In Development only: GET /dev/tokens lists the demo users, GET /dev/tokens/{user} mints a
    /// token for one. In any other environment nothing is mapped, so no token can be minted.
    /// </summary>
    public static IEndpointRouteBuilder MapDevelopmentIssuer(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var users = app.Configuration.GetSection("DemoUsers").Get<Dictionary<string, DemoUser>>() ?? [];
        var group = app.MapGroup(Path).AllowAnonymous();
        group.MapGet("/", () => users.Select(u => new { user = u.Key, u.Value.MunicipalityNumber, u.Value.Roles, u.Value.Description }));
        group.MapGet("/{user}", (string user, TokenMinter minter) =>
            users.TryGetValue(user, out var demo)
                ? Results.Text(minter.Mint(user, demo.MunicipalityNumber, demo.Roles))
                : Results.NotFound());
        return app;
    }

    public static IServiceCollection AddTokenMinter(this IServiceCollection services) =>
        services.AddSingleton(TimeProvider.System).AddSingleton<TokenMinter>();
}
