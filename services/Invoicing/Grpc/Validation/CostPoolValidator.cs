using System.Globalization;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Validation;

/// <summary>A cost pool's definition: participants, a key whose weights make 100 %, and a usage source when the key counts usage.</summary>
public static class CostPoolValidator
{
    public const int MostParticipants = 60;

    public static void ValidateCreate(CreateCostPoolRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        violations.Require(ResourceNames.IsResourceId(request.CostPoolId), "cost_pool_id", "must be lower-case letters, digits and hyphens, 1–63, starting with a letter");
        if (request.CostPool is not { } pool)
        {
            violations.Add("cost_pool", "is required").ThrowIfAny();
            return;
        }

        _ = ResourceNames.ParseParty(pool.Host, "cost_pool.host");
        ProtoValues.Text(pool.DisplayName, "cost_pool.display_name", 200, required: true, violations);
        violations.Require(TermsValidator.KostraFunctions.Contains(pool.KostraFunction), "cost_pool.kostra_function", "must be 244, 251 or 252")
            .Require(pool.Participants.Count is >= 2 and <= MostParticipants, "cost_pool.participants", $"must list 2–{MostParticipants} municipalities, the host included")
            .Require(pool.Participants.All(ProtoValues.IsMunicipalityNumber), "cost_pool.participants", "must be municipality numbers (4 digits)")
            .Require(pool.Participants.Distinct().Count() == pool.Participants.Count, "cost_pool.participants", "must list each municipality once");
        CheckKey(pool, violations);
        violations.ThrowIfAny();
    }

    public static void ValidateAmount(SetCostPoolAmountRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        _ = ResourceNames.ParseCostPool(request.CostPool, "cost_pool");
        violations.Require(request.Kind != CostPoolAmountKind.Unspecified && ProtoValues.IsKnown(request.Kind), "kind", "must be BUDGET or ACTUAL_NET_COST")
            .Require(request.Amount is not null, "amount", "is required")
            .Require(request.Amount is null || request.Amount.Year is >= 2000 and <= 2100, "amount.year", "must be a year from 2000 to 2100")
            .Require(request.Amount is null || Math.Abs(request.Amount.AmountOre) <= 1_000_000_000_000, "amount.amount_ore", "must be within ±10 000 000 000 kr")
            .ThrowIfAny();
    }

    private static void CheckKey(CostPool pool, FieldViolations violations)
    {
        violations.Require(pool.Key.Count >= 1, "cost_pool.key", "must have at least one component")
            .Require(pool.Key.Sum(k => (long)k.WeightBasisPoints) == 10_000, "cost_pool.key", "weights must sum to 10000 (100 %)");
        for (var i = 0; i < pool.Key.Count; i++)
        {
            var component = pool.Key[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"cost_pool.key[{i}]");
            violations.Require(component.Measure != KeyMeasure.Unspecified && ProtoValues.IsKnown(component.Measure), at + ".measure", "must be POPULATION, CHILDREN_0_17 or USAGE")
                .Require(pool.Key.Count(k => k.Measure == component.Measure) == 1, at + ".measure", "must appear once")
                .Require(component.WeightBasisPoints is > 0 and <= 10_000, at + ".weight_basis_points", "must be 1–10000");
        }

        if (pool.Key.Any(k => k.Measure == KeyMeasure.Usage))
        {
            var onCall = ResourceNames.IsOnCallUnit(pool.UsageService);
            violations.Require(onCall || ResourceNames.IsTeam(pool.UsageService), "cost_pool.usage_service", "must be onCallUnits/{unit} or teams/{team} for a usage key")
                .Require(onCall ? pool.UsageUnit is UsageUnit.Call or UsageUnit.CallOut or UsageUnit.CallOutHour : pool.UsageUnit is UsageUnit.SlotDay or UsageUnit.StartedTreatment,
                    "cost_pool.usage_unit", "must be a unit the usage service counts");
        }
    }
}
