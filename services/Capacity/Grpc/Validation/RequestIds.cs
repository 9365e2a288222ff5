using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Capacity.Grpc.Validation;

/// <summary>Every mutation carries a client-chosen UUID that makes its retries safe.</summary>
public static class RequestIds
{
    public static void Check(string requestId, FieldViolations violations) =>
        violations.Require(ProtoValues.IsUuid(requestId), "request_id", "must be a UUID chosen by the client, the same on every retry");

    /// <summary>The request id as stored: lower-case, so a retry differing only in case is the same request.</summary>
    public static string Normalize(string requestId) => requestId.ToLowerInvariant();
}
