using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Grpc.Validation;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    public override async Task<CreateReferralResponse> CreateReferral(CreateReferralRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var teamId = ResourceNames.ParseTeam(request.Parent, "parent");
        var current = await VisibleTeamAsync(teamId, caller, ct);
        Demand(CapacityAccess.CanHandleReferralsOf(caller, caller.MunicipalityNumber), request.Parent);
        var referral = ReferralValidator.Validate(request, await LoadProgrammeAsync(current.ProgrammeId, ct), teamId, caller.MunicipalityNumber, Now);
        referral.Creator = caller.Subject;

        return await ChangeTeamAsync(teamId, request.Parent, nameof(CreateReferral), request.RequestId, caller,
            apply: _ =>
            {
                db.Referrals.Add(referral);
                var answer = new CreateReferralResponse { Referral = ReferralMapper.ToProto(referral, withPersonalData: true) };
                return Task.FromResult((ResourceNames.Referral(teamId, referral.Id), answer));
            },
            replay: async earlier =>
            {
                // The stored referral's personal data is read again, so the read is audited.
                var stored = await LoadReferralAsync(earlier.ResourceName, tracked: false, ct);
                await AuditReadAsync([stored], caller, "referral.replay", ct);
                return new CreateReferralResponse { Referral = ReferralMapper.ToProto(stored, withPersonalData: true) };
            },
            ct);
    }

    public override async Task<GetReferralResponse> GetReferral(GetReferralRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var referral = await OwnReferralAsync(request.Name, caller, ct);
        await AuditReadAsync([referral], caller, "referral.read", ct);
        return new GetReferralResponse { Referral = ReferralMapper.ToProto(referral, withPersonalData: true) };
    }

    public override async Task<ListReferralsResponse> ListReferrals(ListReferralsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var teamId = ResourceNames.ParseTeam(request.Parent, "parent");
        await VisibleTeamAsync(teamId, caller, ct);
        Demand(CapacityAccess.CanHandleReferralsOf(caller, caller.MunicipalityNumber), request.Parent);
        new FieldViolations()
            .Require(request.State == ReferralState.Unspecified || ProtoValues.IsKnown(request.State), "state", "must be a known state")
            .ThrowIfAny();
        var size = PageToken.Size(request.PageSize);

        var query = db.Referrals.AsNoTracking().Where(r => r.TeamId == teamId && r.MunicipalityNumber == caller.MunicipalityNumber);
        if (request.State != ReferralState.Unspecified)
        {
            query = query.Where(r => r.State == request.State);
        }

        if (PageToken.Decode(request, 2) is [var ticksText, var lastId])
        {
            var last = PageToken.ToInstant(ticksText);
            query = query.Where(r => r.CreateTime < last || (r.CreateTime == last && string.Compare(r.Id, lastId) < 0));
        }

        var page = await query.OrderByDescending(r => r.CreateTime).ThenByDescending(r => r.Id).Take(size + 1).ToListAsync(ct);
        var served = page.Take(size).ToList();
        await AuditReadAsync(served, caller, "referral.list", ct);
        var response = new ListReferralsResponse();
        response.Referrals.AddRange(served.Select(r => ReferralMapper.ToProto(r, withPersonalData: true)));
        if (page.Count > size)
        {
            var last = served[^1];
            response.NextPageToken = PageToken.Encode(request, PageToken.FromInstant(last.CreateTime), last.Id);
        }

        return response;
    }

    /// <summary>
    /// A referral the caller's municipality made. Who does not take part in the team learns
    /// nothing, not even whether the referral exists; another participant is refused.
    /// </summary>
    private async Task<ReferralRecord> OwnReferralAsync(string name, Caller caller, CancellationToken ct)
    {
        var (teamId, _) = ResourceNames.ParseReferral(name, "name");
        await VisibleTeamAsync(teamId, caller, ct);
        var referral = await LoadReferralAsync(name, tracked: false, ct);
        Demand(CapacityAccess.CanHandleReferralsOf(caller, referral.MunicipalityNumber), name);
        return referral;
    }

    private async Task<ReferralRecord> LoadReferralAsync(string name, bool tracked, CancellationToken ct)
    {
        var (teamId, id) = ResourceNames.ParseReferral(name, "name");
        var query = db.Referrals.Where(r => r.TeamId == teamId && r.Id == id);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct)
            ?? throw Problems.NotFound("Referral", name);
    }
}
