using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;

namespace Intermunicipal.Invoicing.Auditing;

/// <summary>
/// Every successful call is audited: who, when, which RPC, on what, and for which municipalities.
/// The event is committed before the response leaves, so nothing is read without a trace.
/// </summary>
public sealed class AuditInterceptor(AuditTrail trail, InvoicingDbContext db, TimeProvider clock) : Interceptor
{
    /// <summary>Request fields that name the resource a call is about, in order of preference.</summary>
    private static readonly string[] ResourceFields = ["name", "parent", "invoice", "dispute", "cost_pool", "host"];

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var response = await continuation(request, context);
        var caller = Caller.From(context);
        var action = context.Method[(context.Method.LastIndexOf('/') + 1)..];
        var concerns = trail.Each.Count > 0 ? trail.Each : [trail.Concern ?? (ResourceOf(request as IMessage, action), caller.MunicipalityNumber, "")];
        var time = ProtoTime.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);
        db.ChangeTracker.Clear();
        db.AuditEvents.AddRange(concerns.Select(c => new AuditEventRecord
        {
            EventTime = time,
            Subject = caller.Subject,
            SubjectMunicipalityNumber = caller.MunicipalityNumber,
            Resource = c.Resource,
            Action = action,
            HostMunicipalityNumber = c.HostMunicipality,
            PartnerMunicipalityNumber = c.PartnerMunicipality,
        }));
        await db.SaveChangesAsync(context.CancellationToken);
        return response;
    }

    /// <summary>The resource named in the request, or the collection a List method reads ("ListInvoices" → "invoices").</summary>
    private static string ResourceOf(IMessage? request, string action)
    {
        var fields = request?.Descriptor.Fields;
        var named = ResourceFields
            .Select(f => fields?.InDeclarationOrder().FirstOrDefault(d => d.Name == f && d.FieldType == Google.Protobuf.Reflection.FieldType.String))
            .OfType<Google.Protobuf.Reflection.FieldDescriptor>()
            .Select(f => (string)f.Accessor.GetValue(request))
            .FirstOrDefault(v => v.Length > 0);
        if (named is not null)
        {
            return named.Length <= 200 ? named : named[..200];
        }

        return action.StartsWith("List", StringComparison.Ordinal) && action.Length > 4
            ? char.ToLowerInvariant(action[4]) + action[5..]
            : "";
    }
}
