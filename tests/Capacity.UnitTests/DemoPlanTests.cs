using Intermunicipal.Capacity.Demo;
using Intermunicipal.Capacity.Grpc.Mapping;

namespace Intermunicipal.Capacity.UnitTests;

/// <summary>
/// The demo data is held to two things: every slot rule the service enforces, and table 5 of
/// Bærum's yearly report (MST-CAN, families and children in treatment per year and municipality).
/// </summary>
public sealed class DemoPlanTests
{
    /// <summary>Days the demo may be built on: the suite's fixed day, a New Year's Eve, a leap day and a summer day years on.</summary>
    public static TheoryData<string> Days => ["2026-11-24", "2026-12-31", "2028-02-29", "2031-07-15"];

    /// <summary>Table 5: year → Bærum families, Asker families, Bærum children, Asker children.</summary>
    public static TheoryData<int, int, int, int, int> Table5 => new()
    {
        { 2016, 6, 2, 10, 4 },
        { 2017, 11, 3, 20, 7 },
        { 2018, 11, 5, 23, 15 },
        { 2019, 10, 4, 19, 12 },
        { 2020, 9, 4, 16, 10 },
        { 2021, 8, 6, 14, 13 },
        { 2022, 9, 4, 17, 11 },
        { 2023, 5, 3, 11, 8 },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void The_plan_keeps_every_slot_rule(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(DemoPlanCheck.Problems(DemoTreatmentPlan.Build(today), today));
    }

    [Fact]
    public void The_same_day_builds_the_same_rows()
    {
        var today = new DateOnly(2026, 11, 24);

        var first = DemoTreatmentPlan.Build(today);
        var second = DemoTreatmentPlan.Build(today);

        Assert.Equal(first.Referrals.Select(r => (r.Id, r.FamilyReference, r.StartDate, r.EndDate)),
            second.Referrals.Select(r => (r.Id, r.FamilyReference, r.StartDate, r.EndDate)));
    }

    [Theory]
    [MemberData(nameof(Table5))]
    public void Mst_can_baerum_s_statistics_reproduce_table_5(int year, int baerumFamilies, int askerFamilies, int baerumChildren, int askerChildren)
    {
        var today = new DateOnly(2026, 11, 24);
        var plan = DemoTreatmentPlan.Build(today);
        var team = plan.Teams.Single(t => t.Id == MstCanBaerum.Id);

        var statistics = StatisticsBuilder.Build(team, year, plan.Referrals.Where(r => r.TeamId == team.Id),
            new Dictionary<string, string>(), today);

        var figures = statistics.Municipalities.ToDictionary(m => m.MunicipalityNumber, m => m.Figures);
        Assert.Equal([DemoMunicipalities.Baerum, DemoMunicipalities.Asker], figures.Keys);
        Assert.Equal((baerumFamilies, baerumChildren),
            (figures[DemoMunicipalities.Baerum].FamiliesInTreatment, figures[DemoMunicipalities.Baerum].ChildrenInTreatment));
        Assert.Equal((askerFamilies, askerChildren),
            (figures[DemoMunicipalities.Asker].FamiliesInTreatment, figures[DemoMunicipalities.Asker].ChildrenInTreatment));
        Assert.Equal((baerumFamilies + askerFamilies, baerumChildren + askerChildren),
            (statistics.Total.FamiliesInTreatment, statistics.Total.ChildrenInTreatment));
    }
}
