namespace Intermunicipal.Invoicing.Auditing;

/// <summary>
/// What the current call concerns, as the handler learns it: the resource and the municipalities on
/// its two sides. <see cref="AuditInterceptor"/> writes it down when the call succeeds.
/// </summary>
public sealed class AuditTrail
{
    public (string Resource, string HostMunicipality, string PartnerMunicipality)? Concern { get; private set; }

    /// <summary>The first resource a call loads is what it is about; later ones (parties, pools) only support it.</summary>
    public void Concerns(string resource, string hostMunicipality, string partnerMunicipality) =>
        Concern ??= (resource, hostMunicipality, partnerMunicipality);
}
