using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Each municipality's finance staff keep its own party through the gateway: what invoices need
/// of a sender and receiver, checked field by field, idempotent, guarded against lost updates.
/// Every test uses a municipality of its own, so they do not meet in the shared database.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class PartyTests(SuiteFixture suite)
{
    private InvoicingService.InvoicingServiceClient As(TestUser user) => suite.Gateway.Invoicing(user);

    private static (TestUser Finance, string OrganisationNumber) NewMunicipality() => InvoicingScenario.NewMunicipality();

    private static Party PartyOf(TestUser finance, string organisationNumber) => InvoicingScenario.PartyOf(finance, organisationNumber);

    private static string NewRequestId() => InvoicingScenario.NewRequestId();

    [Fact]
    public async Task Finance_registers_its_municipality_and_anyone_in_finance_reads_it()
    {
        var (finance, organisationNumber) = NewMunicipality();

        var created = (await As(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() })).Party;
        var read = (await As(TestUser.AskerFinance).GetPartyAsync(new GetPartyRequest { Name = created.Name })).Party;

        Assert.Equal($"parties/{organisationNumber}", created.Name);
        Assert.Equal($"0192:{organisationNumber}", read.PeppolEndpoint);
        Assert.Equal(("NO", "Barnevern 4711", "Økonomiavdelingen"), (read.PostalAddress.CountryCode, read.BuyerReference, read.Contact.DisplayName));
        Assert.Equal(created, read);
    }

    [Fact]
    public async Task A_retry_returns_the_same_party_and_a_second_registration_is_refused()
    {
        var (finance, organisationNumber) = NewMunicipality();
        var request = new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() };

        var first = (await As(finance).CreatePartyAsync(request)).Party;
        var retry = (await As(finance).CreatePartyAsync(request)).Party;
        var again = await Assert.ThrowsAsync<RpcException>(() =>
            As(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() }).ResponseAsync);

        Assert.Equal(first, retry);
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
    }

    [Fact]
    public async Task Only_a_municipality_s_own_finance_staff_register_it()
    {
        var (finance, organisationNumber) = NewMunicipality();
        var party = PartyOf(finance, organisationNumber);

        var other = await Assert.ThrowsAsync<RpcException>(() =>
            As(TestUser.AskerFinance).CreatePartyAsync(new CreatePartyRequest { Party = party, RequestId = NewRequestId() }).ResponseAsync);
        var notFinance = await Assert.ThrowsAsync<RpcException>(() =>
            As(finance with { Roles = [Hosting.Security.Roles.Caseworker] }).CreatePartyAsync(new CreatePartyRequest { Party = party, RequestId = NewRequestId() }).ResponseAsync);
        var reader = await Assert.ThrowsAsync<RpcException>(() =>
            As(TestUser.BaerumCoordinator).ListPartiesAsync(new ListPartiesRequest()).ResponseAsync);

        Assert.Equal([StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.PermissionDenied], [other.StatusCode, notFinance.StatusCode, reader.StatusCode]);
    }

    [Fact]
    public async Task Bad_fields_are_each_named_and_nothing_is_stored()
    {
        var (finance, organisationNumber) = NewMunicipality();
        var party = PartyOf(finance, organisationNumber[..8] + (char)('0' + (organisationNumber[8] - '0' + 1) % 10));
        party.BankAccount = "12345678904";
        party.PostalAddress.PostalCode = "130";
        party.BuyerReference = " ";
        party.Contact.Email = "not-an-address";

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            As(finance).CreatePartyAsync(new CreatePartyRequest { Party = party, RequestId = "not-a-uuid" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(["party.bank_account", "party.buyer_reference", "party.contact.email", "party.organisation_number", "party.postal_address.postal_code", "request_id"],
            e.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal));
        var lookup = await Assert.ThrowsAsync<RpcException>(() => As(finance).GetPartyAsync(new GetPartyRequest { Name = $"parties/{party.OrganisationNumber}" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task An_update_changes_the_masked_fields_only_and_refuses_a_stale_etag()
    {
        var (finance, organisationNumber) = NewMunicipality();
        var created = (await As(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() })).Party;
        var change = created.Clone();
        change.BuyerReference = "Ny referanse";
        change.DisplayName = "Ignored, not in the mask";

        var updated = (await As(finance).UpdatePartyAsync(new UpdatePartyRequest
        {
            Party = change,
            UpdateMask = new FieldMask { Paths = { "buyer_reference" } },
            RequestId = NewRequestId(),
        })).Party;
        var stale = await Assert.ThrowsAsync<RpcException>(() => As(finance).UpdatePartyAsync(new UpdatePartyRequest
        {
            Party = change,
            UpdateMask = new FieldMask { Paths = { "display_name" } },
            RequestId = NewRequestId(),
        }).ResponseAsync);

        Assert.Equal(("Ny referanse", created.DisplayName), (updated.BuyerReference, updated.DisplayName));
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact]
    public async Task An_update_may_not_touch_the_numbers_nor_another_municipality_s_party()
    {
        var (finance, organisationNumber) = NewMunicipality();
        var created = (await As(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() })).Party;

        var numbers = await Assert.ThrowsAsync<RpcException>(() => As(finance).UpdatePartyAsync(new UpdatePartyRequest
        {
            Party = created,
            UpdateMask = new FieldMask { Paths = { "organisation_number" } },
            RequestId = NewRequestId(),
        }).ResponseAsync);
        var other = await Assert.ThrowsAsync<RpcException>(() => As(TestUser.AskerFinance).UpdatePartyAsync(new UpdatePartyRequest
        {
            Party = created,
            UpdateMask = new FieldMask { Paths = { "buyer_reference" } },
            RequestId = NewRequestId(),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, numbers.StatusCode);
        Assert.Equal("update_mask", numbers.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field);
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
    }
}
