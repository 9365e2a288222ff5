using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Intermunicipal.Hosting.Errors;

/// <summary>
/// The few ways a service refuses a request, each a gRPC status with rich error details
/// (google.rpc.*). Messages name fields and resources, never personal data.
/// </summary>
public static class Problems
{
    public static RpcException InvalidArgument(IEnumerable<BadRequest.Types.FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations);
        var summary = string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}"));
        return Build(Code.InvalidArgument, $"Invalid request: {summary}", badRequest);
    }

    public static RpcException InvalidArgument(string field, string description) =>
        InvalidArgument([new BadRequest.Types.FieldViolation { Field = field, Description = description }]);

    public static RpcException FailedPrecondition(string type, string subject, string description) =>
        Build(Code.FailedPrecondition, description, new PreconditionFailure
        {
            Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = description } },
        });

    public static RpcException NotFound(string resourceType, string resourceName) =>
        Build(Code.NotFound, $"{resourceType} '{resourceName}' was not found.", new ResourceInfo
        {
            ResourceType = resourceType,
            ResourceName = resourceName,
            Description = "not found",
        });

    public static RpcException PermissionDenied(string resourceName) =>
        Build(Code.PermissionDenied, $"The caller may not access '{resourceName}'.", new ErrorInfo
        {
            Reason = "ACCESS_DENIED",
            Domain = "intermunicipal",
            Metadata = { ["resource"] = resourceName },
        });

    public static RpcException AlreadyExists(string resourceName, string description) =>
        Build(Code.AlreadyExists, description, new ResourceInfo { ResourceName = resourceName, Description = description });

    /// <summary>A transient failure; the caller should retry the same request (with the same request_id).</summary>
    public static RpcException Unavailable(string description) =>
        Build(Code.Unavailable, description, new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromSeconds(1)) });

    /// <summary>A concurrency conflict; the caller should read again and retry.</summary>
    public static RpcException Aborted(string description) =>
        Build(Code.Aborted, description, new ErrorInfo { Reason = "CONCURRENT_CHANGE", Domain = "intermunicipal" });

    private static RpcException Build(Code code, string message, Google.Protobuf.IMessage detail) =>
        new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(detail) } }.ToRpcException();
}
