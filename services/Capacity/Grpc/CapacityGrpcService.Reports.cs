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
        var ct = context.CancellationToken;
        var (first, last) = ValidUsageRequest(request);
        Demand(CapacityAccess.CanReadUsage(Caller.From(context), request.HostMunicipalityNumber, request.MunicipalityNumber),
            $"municipalities/{request.MunicipalityNumber}/usage");

        var teams = await db.Teams.AsNoTracking().Where(t => t.HostMunicipalityNumber == request.HostMunicipalityNumber)
            .Include(t => t.CapacityChanges).Include(t => t.Allocations).AsSplitQuery()
            .OrderBy(t => t.Id).ToListAsync(ct);
        var ids = teams.Select(t => t.Id).ToList();
        var treatments = (await db.Referrals.AsNoTracking()
            .Where(r => ids.Contains(r.TeamId) && r.MunicipalityNumber == request.MunicipalityNumber)
            .Where(r => r.StartDate != null && r.StartDate <= last && (r.EndDate == null || r.EndDate >= first))
            .ToListAsync(ct)).ToLookup(r => r.TeamId);

        var today = Today;
        var usage = new BillableUsage { MunicipalityNumber = request.MunicipalityNumber, Period = request.Period };
        usage.Teams.AddRange(teams
            .Select(t => UsageBuilder.Build(t, request.MunicipalityNumber, treatments[t.Id], first, last, today))
            .Where(u => u.TreatmentDays.Count > 0 || u.AllocationDays.Count > 0 || u.TreatmentsStarted > 0));
        return new GetBillableUsageResponse { Usage = usage };
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

    private static (DateOnly First, DateOnly Last) ValidUsageRequest(GetBillableUsageRequest request)
    {
        var violations = new FieldViolations()
            .Require(ProtoValues.IsMunicipalityNumber(request.HostMunicipalityNumber), "host_municipality_number", "must be a four-digit municipality number")
            .Require(ProtoValues.IsMunicipalityNumber(request.MunicipalityNumber), "municipality_number", "must be a four-digit municipality number");
        if (request.Period is null)
        {
            violations.Add("period", "is required").ThrowIfAny();
        }

        var days = ProtoValues.Period(request.Period!.StartDate, request.Period.EndDate, "period", LongestUsagePeriodDays, violations);
        violations.ThrowIfAny();
        return days!.Value;
    }
}
