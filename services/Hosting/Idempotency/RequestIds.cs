using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Hosting.Idempotency;

/// <summary>Every mutation carries a client-chosen UUID that makes its retries safe.</summary>
public static class RequestIds
{
    public static void Check(string requestId, FieldViolations violations) =>
        violations.Require(ProtoValues.IsUuid(requestId), "request_id", "must be a UUID chosen by the client, the same on every retry");

    /// <summary>The request id as stored: lower-case, so a retry differing only in case is the same request.</summary>
    public static string Normalize(string requestId) => requestId.ToLowerInvariant();

    /// <summary>A record of this accepted change, to add in the same SaveChanges as the change itself.</summary>
    public static ChangeRecord Record(string requestId, string method, string resourceName, Caller caller, DateTime now) => new()
    {
        RequestId = Normalize(requestId),
        Method = method,
        ResourceName = resourceName,
        Subject = caller.Subject,
        SubjectMunicipalityNumber = caller.MunicipalityNumber,
        OccurTime = now,
    };

    /// <summary>
    /// The earlier change with this request id if it is this caller's same request (same method, on
    /// <paramref name="target"/> or a resource under it); null if there is none; ALREADY_EXISTS if the
    /// id was used for something else.
    /// </summary>
    public static async Task<ChangeRecord?> EarlierChangeAsync(this DbSet<ChangeRecord> changes, string requestId, string target, string method,
        Caller caller, CancellationToken ct)
    {
        var id = Normalize(requestId);
        var earlier = await changes.AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == id, ct);
        if (earlier is null)
        {
            return null;
        }

        var same = earlier.Method == method && earlier.Subject == caller.Subject
            && (earlier.ResourceName == target || earlier.ResourceName.StartsWith(target + "/", StringComparison.Ordinal));
        return same ? earlier : throw Problems.AlreadyExists(target, "request_id was already used for another change");
    }
}
