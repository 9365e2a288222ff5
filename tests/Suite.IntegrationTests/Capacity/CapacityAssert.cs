using Google.Rpc;
using Grpc.Core;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>Asserts on the rich error details the capacity service gives.</summary>
public static class CapacityAssert
{
    /// <summary>The call fails with FAILED_PRECONDITION whose PreconditionFailure names <paramref name="type"/>.</summary>
    public static async Task<PreconditionFailure.Types.Violation> RefusedAsync(string type, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        var violation = Assert.Single(e.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations);
        Assert.Equal(type, violation.Type);
        return violation;
    }

    /// <summary>The call fails with INVALID_ARGUMENT whose BadRequest names <paramref name="field"/>.</summary>
    public static async Task InvalidAsync(string field, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains(e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations, v => v.Field == field);
    }

    public static async Task StatusAsync(StatusCode expected, Func<Task> call) =>
        Assert.Equal(expected, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);
}
