using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;
using Microsoft.AspNetCore.Authorization;

namespace Intermunicipal.Capacity.Grpc;

/// <summary>
/// Treatment capacity over gRPC. The methods are split by concern over the partial files beside
/// this one: programmes and teams, allocations, referrals, board, reports.
/// </summary>
[Authorize]
public sealed partial class CapacityGrpcService(CapacityDbContext db, TimeProvider clock, ILogger<CapacityGrpcService> logger)
    : CapacityService.CapacityServiceBase
{
    private DateTime Now => ProtoTime.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);

    /// <summary>Today in Europe/Oslo: the day against which future dates are judged.</summary>
    private DateOnly Today => NorwegianTime.DateOf(clock.GetUtcNow().UtcDateTime);

    private CapacityDbContext Db => db;

    private ILogger Logger => logger;
}
