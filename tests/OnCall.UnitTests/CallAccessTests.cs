using Intermunicipal.Hosting.Security;
using Intermunicipal.OnCall.Domain;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>Bærum (3201) hosts the unit and covers itself and Asker (3203); Oslo (0301) is not covered.</summary>
public sealed class CallAccessTests
{
    private static readonly Infrastructure.Entities.OnCallUnitRecord Unit = TestData.Unit();

    private static Caller As(string municipality, params string[] roles) =>
        new("subject", municipality, roles.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void On_call_staff_of_the_host_are_staff()
    {
        Assert.True(CallAccess.IsStaff(As(Host, Roles.OnCallStaff), Unit));
        Assert.False(CallAccess.IsLead(As(Host, Roles.OnCallStaff), Unit));
    }

    [Fact]
    public void A_lead_of_the_host_is_staff_and_lead()
    {
        Assert.True(CallAccess.IsStaff(As(Host, Roles.OnCallLead), Unit));
        Assert.True(CallAccess.IsLead(As(Host, Roles.OnCallLead), Unit));
    }

    [Theory]
    [InlineData(Covered)]
    [InlineData(ThirdMunicipality)]
    public void On_call_staff_and_leads_of_another_municipality_are_not_the_units_staff(string municipality)
    {
        Assert.False(CallAccess.IsStaff(As(municipality, Roles.OnCallStaff, Roles.OnCallLead), Unit));
        Assert.False(CallAccess.IsLead(As(municipality, Roles.OnCallLead), Unit));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.CapacityCoordinator)]
    public void Other_roles_of_the_host_are_not_staff(string role) =>
        Assert.False(CallAccess.IsStaff(As(Host, role), Unit));

    [Fact]
    public void Staff_of_the_host_read_calls_about_every_covered_municipality()
    {
        Assert.True(CallAccess.CanReadCall(As(Host, Roles.OnCallStaff), Unit, Host));
        Assert.True(CallAccess.CanReadCall(As(Host, Roles.OnCallStaff), Unit, Covered));
    }

    [Fact]
    public void On_call_staff_of_another_municipality_read_no_calls() =>
        Assert.False(CallAccess.CanReadCall(As(Covered, Roles.OnCallStaff), Unit, Covered));

    [Fact]
    public void A_caseworker_of_a_covered_municipality_reads_only_calls_about_it()
    {
        var caseworker = As(Covered, Roles.Caseworker);

        Assert.True(CallAccess.IsCaseworkerFor(caseworker, Unit, Covered));
        Assert.True(CallAccess.CanReadCall(caseworker, Unit, Covered));
        Assert.False(CallAccess.IsCaseworkerFor(caseworker, Unit, Host));
        Assert.False(CallAccess.CanReadCall(caseworker, Unit, Host));
    }

    [Fact]
    public void A_caseworker_of_the_host_reads_calls_about_the_host_only()
    {
        var caseworker = As(Host, Roles.Caseworker);

        Assert.True(CallAccess.CanReadCall(caseworker, Unit, Host));
        Assert.False(CallAccess.CanReadCall(caseworker, Unit, Covered));
    }

    [Fact]
    public void A_caseworker_of_a_municipality_the_unit_does_not_cover_is_denied()
    {
        var caseworker = As(ThirdMunicipality, Roles.Caseworker);

        Assert.False(CallAccess.IsCaseworkerFor(caseworker, Unit, ThirdMunicipality));
        Assert.False(CallAccess.CanReadCall(caseworker, Unit, ThirdMunicipality));
        Assert.False(CallAccess.CanSeeUnit(caseworker, Unit));
    }

    [Theory]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    public void Other_roles_of_a_covered_municipality_read_no_calls(string role) =>
        Assert.False(CallAccess.CanReadCall(As(Covered, role), Unit, Covered));

    [Fact]
    public void Anyone_of_the_host_or_a_covered_municipality_sees_the_unit()
    {
        Assert.True(CallAccess.CanSeeUnit(As(Host, Roles.Finance), Unit));
        Assert.True(CallAccess.CanSeeUnit(As(Covered, Roles.Caseworker), Unit));
        Assert.False(CallAccess.CanSeeUnit(As(ThirdMunicipality, Roles.OnCallLead), Unit));
    }

    [Fact]
    public void Staff_of_the_host_read_statistics_for_every_covered_municipality()
    {
        Assert.True(CallAccess.CanReadStatistics(As(Host, Roles.OnCallStaff), Unit, Host));
        Assert.True(CallAccess.CanReadStatistics(As(Host, Roles.OnCallStaff), Unit, Covered));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Admin)]
    public void Caseworkers_and_admins_of_a_covered_municipality_read_its_statistics_only(string role)
    {
        Assert.True(CallAccess.CanReadStatistics(As(Covered, role), Unit, Covered));
        Assert.False(CallAccess.CanReadStatistics(As(Covered, role), Unit, Host));
    }

    [Theory]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.CapacityCoordinator)]
    public void Other_roles_of_a_covered_municipality_do_not_read_its_statistics(string role) =>
        Assert.False(CallAccess.CanReadStatistics(As(Covered, role), Unit, Covered));

    [Fact]
    public void A_municipality_the_unit_does_not_cover_reads_no_statistics() =>
        Assert.False(CallAccess.CanReadStatistics(As(ThirdMunicipality, Roles.Caseworker, Roles.Admin), Unit, ThirdMunicipality));

    [Fact]
    public void Finance_of_the_host_reads_usage_of_every_covered_municipality()
    {
        Assert.True(CallAccess.CanReadUsage(As(Host, Roles.Finance), Unit, Host));
        Assert.True(CallAccess.CanReadUsage(As(Host, Roles.Finance), Unit, Covered));
    }

    [Fact]
    public void Finance_of_the_billed_municipality_reads_its_own_usage_only()
    {
        Assert.True(CallAccess.CanReadUsage(As(Covered, Roles.Finance), Unit, Covered));
        Assert.False(CallAccess.CanReadUsage(As(Covered, Roles.Finance), Unit, Host));
    }

    [Fact]
    public void Finance_of_a_third_municipality_reads_no_usage()
    {
        Assert.False(CallAccess.CanReadUsage(As(ThirdMunicipality, Roles.Finance), Unit, Covered));
        Assert.False(CallAccess.CanReadUsage(As(ThirdMunicipality, Roles.Finance), Unit, ThirdMunicipality));
    }

    [Fact]
    public void Host_finance_reads_no_usage_of_a_municipality_the_unit_does_not_cover() =>
        Assert.False(CallAccess.CanReadUsage(As(Host, Roles.Finance), Unit, ThirdMunicipality));

    [Theory]
    [InlineData(Roles.OnCallLead)]
    [InlineData(Roles.OnCallStaff)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Caseworker)]
    public void Only_finance_reads_usage(string role)
    {
        Assert.False(CallAccess.CanReadUsage(As(Host, role), Unit, Covered));
        Assert.False(CallAccess.CanReadUsage(As(Covered, role), Unit, Covered));
    }
}
