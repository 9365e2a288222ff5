namespace Intermunicipal.Invoicing.Auditing;

/// <summary>
/// What the current call concerns, as the handler learns it: the resource and the municipalities on
/// its two sides. <see cref="AuditInterceptor"/> writes it down when the call succeeds.
/// </summary>
public sealed class AuditTrail
{
    private readonly List<(string Resource, string HostMunicipality, string PartnerMunicipality)> _each = [];

    public (string Resource, string HostMunicipality, string PartnerMunicipality)? Concern { get; private set; }

    /// <summary>What a batch call concerns: one event for each resource it names.</summary>
    public IReadOnlyList<(string Resource, string HostMunicipality, string PartnerMunicipality)> Each => _each;

    /// <summary>The first resource a call loads is what it is about; later ones (parties, pools) only support it.</summary>
    public void Concerns(string resource, string hostMunicipality, string partnerMunicipality) =>
        Concern ??= (resource, hostMunicipality, partnerMunicipality);

    /// <summary>A batch call is about each of its resources alike; loading them again (a retry) adds nothing.</summary>
    public void ConcernsEach(string resource, string hostMunicipality, string partnerMunicipality)
    {
        if (!_each.Contains((resource, hostMunicipality, partnerMunicipality)))
        {
            _each.Add((resource, hostMunicipality, partnerMunicipality));
        }
    }
}
