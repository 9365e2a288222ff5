using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    private const int LongestUsagePeriodDays = 366;
    private const int MostMunicipalitiesInBatch = 100;

    public override async Task<GetTreatmentStatisticsResponse> GetTreatmentStatistics(GetTreatmentStatisticsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var team = await VisibleTeamAsync(ResourceNames.ParseTeam(request.Team, "team"), Caller.From(context), ct);
        new FieldViolations().Require(request.Year is >= 2000 and <= 2100, "year", "must be between 2000 and 2100").ThrowIfAny();

        var yearEnd = new DateOnly(request.Year, 12, 31);
        var treatments = await db.Referrals.AsNoTracking()
            .Where(r => r.TeamId == team.Id && r.StartDate != null && r.StartDate <= yearEnd)
            .ToListAsync(ct);
        return new GetTreatmentStatisticsResponse
        {
            Statistics = StatisticsBuilder.Build(team, request.Year, treatments, await MunicipalityNamesAsync(ct), Today),
        };
    }

    public override async Task<GetBillableUsageResponse> GetBillableUsage(GetBillableUsageRequest request, ServerCallContext context)
    {
        var violations = HostChecked(request.HostMunicipalityNumber)
            .Require(ProtoValues.IsMunicipalityNumber(request.MunicipalityNumber), "municipality_number", "must be a four-digit municipality number");
        var (first, last) = ValidUsagePeriod(request.Period, violations);
        Demand(CapacityAccess.CanReadUsage(Caller.From(context), request.HostMunicipalityNumber, request.MunicipalityNumber),
            $"municipalities/{request.MunicipalityNumber}/usage");
        var usages = await UsagesAsync(request.HostMunicipalityNumber, [request.MunicipalityNumber], request.Period!, first, last, context.CancellationToken);
        return new GetBillableUsageResponse { Usage = usages[0] };
    }

    /// <summary>GetBillableUsage for several municipalities in one request: the host's teams are read once, not per partner.</summary>
    public override async Task<BatchGetBillableUsageResponse> BatchGetBillableUsage(BatchGetBillableUsageRequest request, ServerCallContext context)
    {
        var numbers = request.MunicipalityNumbers;
        var violations = HostChecked(request.HostMunicipalityNumber);
        ProtoValues.MunicipalityNumbers(numbers, "municipality_numbers", MostMunicipalitiesInBatch, _ => true,
            "must be a four-digit municipality number", violations);
        var (first, last) = ValidUsagePeriod(request.Period, violations);
        var caller = Caller.From(context);
        if (numbers.FirstOrDefault(m => !CapacityAccess.CanReadUsage(caller, request.HostMunicipalityNumber, m)) is { } denied)
        {
            Demand(false, $"municipalities/{denied}/usage");
        }

        var response = new BatchGetBillableUsageResponse();
        response.Usages.AddRange(await UsagesAsync(request.HostMunicipalityNumber, [.. numbers], request.Period!, first, last, context.CancellationToken));
        return response;
    }

    /// <summary>Each municipality's usage of the host's teams, in the order given; teams with nothing to bill left out.</summary>
    private async Task<List<BillableUsage>> UsagesAsync(string host, List<string> municipalities, Common.V1.Period period, DateOnly first, DateOnly last,
        CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().Where(t => t.HostMunicipalityNumber == host)
            .Include(t => t.CapacityChanges).Include(t => t.Allocations).AsSplitQuery()
            .OrderBy(t => t.Id).ToListAsync(ct);
        var ids = teams.Select(t => t.Id).ToList();
        var treatments = (await db.Referrals.AsNoTracking()
            .Where(r => ids.Contains(r.TeamId) && municipalities.Contains(r.MunicipalityNumber))
            .Where(r => r.StartDate != null && r.StartDate <= last && (r.EndDate == null || r.EndDate >= first))
            .ToListAsync(ct)).ToLookup(r => (r.TeamId, r.MunicipalityNumber));

        var today = Today;
        return [.. municipalities.Select(municipality =>
        {
            var usage = new BillableUsage { MunicipalityNumber = municipality, Period = period };
            usage.Teams.AddRange(teams
                .Select(t => UsageBuilder.Build(t, municipality, treatments[(t.Id, municipality)], first, last, today))
                .Where(u => u.TreatmentDays.Count > 0 || u.AllocationDays.Count > 0 || u.TreatmentsStarted > 0));
            return usage;
        })];
    }

    public override async Task<ListAuditEventsResponse> ListAuditEvents(ListAuditEventsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var team = await LoadTeamAsync(ResourceNames.ParseTeam(request.Parent, "parent"), tracked: false, ct);
        Demand(CapacityAccess.CanReadAudit(caller, TeamTerms.Of(team)), request.Parent);
        var size = PageToken.Size(request.PageSize);

        var query = db.AuditEvents.AsNoTracking().Where(a => a.TeamId == team.Id);
        if (!caller.ActsFor(team.HostMunicipalityNumber))
        {
            // A partner's admins see the reads of their own municipality's referrals only.
            query = query.Where(a => db.Referrals.Any(r => r.Id == a.ReferralId && r.MunicipalityNumber == caller.MunicipalityNumber));
        }

        if (request.Referral.Length > 0)
        {
            var (referralTeam, referralId) = ResourceNames.ParseReferral(request.Referral, "referral");
            query = query.Where(a => a.TeamId == referralTeam && a.ReferralId == referralId);
        }

        if (PageToken.Decode(request, 1) is [var lastId])
        {
            query = query.Where(a => string.Compare(a.Id, lastId) < 0);
        }

        // Ids are version-7 UUIDs: ordering by id is ordering by time.
        var page = await query.OrderByDescending(a => a.Id).Take(size + 1).ToListAsync(ct);
        var response = new ListAuditEventsResponse();
        response.AuditEvents.AddRange(page.Take(size).Select(AuditEventMapper.ToProto));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id) : "";
        return response;
    }

    private static FieldViolations HostChecked(string host) =>
        new FieldViolations().Require(ProtoValues.IsMunicipalityNumber(host), "host_municipality_number", "must be a four-digit municipality number");

    /// <summary>The period, checked with what the caller has already found wrong; throws when anything is.</summary>
    private static (DateOnly First, DateOnly Last) ValidUsagePeriod(Common.V1.Period? period, FieldViolations violations)
    {
        if (period is null)
        {
            violations.Add("period", "is required").ThrowIfAny();
        }

        var days = ProtoValues.Period(period!.StartDate, period.EndDate, "period", LongestUsagePeriodDays, violations);
        violations.ThrowIfAny();
        return days!.Value;
    }
}
