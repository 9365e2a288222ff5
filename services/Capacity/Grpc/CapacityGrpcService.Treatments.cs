using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Grpc.Validation;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

/// <summary>
/// The referral lifecycle: WAITING → ACTIVE (takes a slot) → COMPLETED or DISCONTINUED, or
/// WAITING → WITHDRAWN. Every other transition is FAILED_PRECONDITION and changes nothing.
/// Answers carry no personal data: the caller already has it, and reading it again is GetReferral.
/// </summary>
public sealed partial class CapacityGrpcService
{
    public override async Task<StartTreatmentResponse> StartTreatment(StartTreatmentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        await OwnReferralAsync(request.Name, caller, ct);
        var (start, plannedEnd) = TreatmentValidator.Validate(request, Today);

        var referral = await TransitionAsync(request.Name, nameof(StartTreatment), request.RequestId, caller, ReferralState.Waiting,
            async (team, referral) =>
            {
                if (SlotRules.WhyNotStart(TeamTerms.Of(team), team.FreeSlotPolicy, await OtherTreatmentsAsync(referral, start, ct),
                        referral.MunicipalityNumber, start) is { } refusal)
                {
                    LogStartRefused(logger, request.Name, refusal.Reason);
                    throw Problems.FailedPrecondition(refusal.Reason, ResourceNames.Team(team.Id), refusal.Description);
                }

                referral.State = ReferralState.Active;
                referral.StartDate = start;
                referral.PlannedEndDate = plannedEnd;
            }, ct);
        return new StartTreatmentResponse { Referral = ReferralMapper.ToProto(referral, withPersonalData: false) };
    }

    public override async Task<CompleteTreatmentResponse> CompleteTreatment(CompleteTreatmentRequest request, ServerCallContext context)
    {
        var referral = await EndTreatmentAsync(request.Name, nameof(CompleteTreatment), request.RequestId, ReferralState.Completed,
            request.EndDate, request.Outcome, context);
        return new CompleteTreatmentResponse { Referral = ReferralMapper.ToProto(referral, withPersonalData: false) };
    }

    public override async Task<DiscontinueTreatmentResponse> DiscontinueTreatment(DiscontinueTreatmentRequest request, ServerCallContext context)
    {
        var referral = await EndTreatmentAsync(request.Name, nameof(DiscontinueTreatment), request.RequestId, ReferralState.Discontinued,
            request.EndDate, request.Outcome, context);
        return new DiscontinueTreatmentResponse { Referral = ReferralMapper.ToProto(referral, withPersonalData: false) };
    }

    public override async Task<WithdrawReferralResponse> WithdrawReferral(WithdrawReferralRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        await OwnReferralAsync(request.Name, caller, ct);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        violations.ThrowIfAny();

        var referral = await TransitionAsync(request.Name, nameof(WithdrawReferral), request.RequestId, caller, ReferralState.Waiting,
            (_, referral) =>
            {
                referral.State = ReferralState.Withdrawn;
                referral.WithdrawTime = Now;
                return Task.CompletedTask;
            }, ct);
        return new WithdrawReferralResponse { Referral = ReferralMapper.ToProto(referral, withPersonalData: false) };
    }

    private async Task<ReferralRecord> EndTreatmentAsync(string name, string method, string requestId, ReferralState ending,
        Google.Type.Date? endDate, TreatmentOutcome outcome, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        await OwnReferralAsync(name, caller, ct);
        var (end, validOutcome) = TreatmentValidator.ValidateEnd(endDate, outcome, requestId, Today);

        return await TransitionAsync(name, method, requestId, caller, ReferralState.Active, (_, referral) =>
        {
            if (end < referral.StartDate)
            {
                throw Problems.InvalidArgument("end_date", $"must not be before the treatment's start ({IsoDate.ToText(referral.StartDate!.Value)})");
            }

            referral.State = ending;
            referral.EndDate = end;
            referral.Outcome = validOutcome;
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Moves a referral that is in <paramref name="from"/> under its team's version (see ChangeTeamAsync).</summary>
    private Task<ReferralRecord> TransitionAsync(string name, string method, string requestId, Caller caller, ReferralState from,
        Func<TeamRecord, ReferralRecord, Task> change, CancellationToken ct)
    {
        var (teamId, _) = ResourceNames.ParseReferral(name, "name");
        return ChangeTeamAsync(teamId, name, method, requestId, caller,
            apply: async team =>
            {
                var referral = await LoadReferralAsync(name, tracked: true, ct);
                if (referral.State != from)
                {
                    throw Problems.FailedPrecondition("REFERRAL_STATE", name,
                        $"The referral is {StateText(referral.State)}; {method} needs a referral that is {StateText(from)}.");
                }

                await change(team, referral);
                referral.Version++;
                return (name, referral);
            },
            replay: _ => LoadReferralAsync(name, tracked: false, ct),
            ct);
    }

    /// <summary>The team's other treatments that could hold a slot on or after <paramref name="from"/>.</summary>
    private async Task<IReadOnlyList<TreatmentSpan>> OtherTreatmentsAsync(ReferralRecord referral, DateOnly from, CancellationToken ct)
    {
        var started = await db.Referrals.AsNoTracking()
            .Where(r => r.TeamId == referral.TeamId && r.Id != referral.Id && r.StartDate != null && (r.EndDate == null || r.EndDate >= from))
            .ToListAsync(ct);
        return [.. started.Select(TreatmentSpan.Of).OfType<TreatmentSpan>()];
    }

    private static string StateText(ReferralState state) => state.ToString().ToLowerInvariant();
}
