using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Intermunicipal.Hosting.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer validation from configuration. Every service and the gateway validate the token
    /// themselves: a service never trusts that the gateway did. Failures answer as gRPC statuses
    /// (UNAUTHENTICATED / PERMISSION_DENIED) rather than bare HTTP 401/403.
    /// </summary>
    public static WebApplicationBuilder AddIntermunicipalAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        RequireUsableKeys(options, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(options);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt => Configure(jwt, options));
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(ClaimNames.Subject)
                .RequireClaim(ClaimNames.Municipality)
                .Build());
        return builder;
    }

    /// <summary>
    /// Refuses to start without a way to validate tokens, and refuses the shared development key
    /// anywhere but Development, so a forgotten setting can never open production to minted tokens.
    /// </summary>
    private static void RequireUsableKeys(AuthOptions options, bool isDevelopment)
    {
        var hasKey = !string.IsNullOrEmpty(options.SigningKey);
        if (hasKey && !isDevelopment)
        {
            throw new InvalidOperationException("Auth:SigningKey is for Development only; configure Auth:Authority.");
        }

        if (!hasKey && string.IsNullOrEmpty(options.Authority))
        {
            throw new InvalidOperationException("Configure Auth:Authority (or, in Development, Auth:SigningKey).");
        }
    }

    /// <summary>A signed token can still carry claims no service could store or act on; refuse those.</summary>
    private static string? CallerProblem(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var caller = Caller.From(principal ?? new System.Security.Claims.ClaimsPrincipal());
        return caller switch
        {
            { Subject.Length: 0 or > Caller.MaxSubjectLength } => "the subject claim must be 1 to 200 characters",
            { MunicipalityNumber: var m } when m.Length != 4 || !m.All(char.IsAsciiDigit) => "the municipality claim must be four digits",
            _ => null,
        };
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.Authority = options.Authority;
        jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.Ordinal) ?? false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            NameClaimType = ClaimNames.Subject,
            RoleClaimType = ClaimNames.Roles,
            IssuerSigningKey = options.SigningKey is { Length: > 0 } key
                ? new SymmetricSecurityKey(Convert.FromBase64String(key))
                : null,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (CallerProblem(context.Principal) is { } problem)
                {
                    context.Fail(problem);
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                await GrpcStatusResponse.WriteAsync(context.HttpContext, StatusCode.Unauthenticated,
                    "A valid bearer token is required.");
            },
            OnForbidden = context => GrpcStatusResponse.WriteAsync(context.HttpContext, StatusCode.PermissionDenied,
                "The caller may not use this method."),
        };
    }
}
