using System.Globalization;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Validation;

/// <summary>An agreement version's terms: everything the pricing code relies on, checked field by field.</summary>
public static class TermsValidator
{
    public const int MostLines = 50;
    public static readonly IReadOnlySet<string> KostraFunctions = new HashSet<string>(["244", "251", "252"], StringComparer.Ordinal);
    private const long LargestAmountOre = 1_000_000_000_000; // ten thousand million kroner

    /// <summary>The version's first and last day (null while open-ended), after checking every field under <paramref name="field"/>.</summary>
    public static (DateOnly ValidFrom, DateOnly? ValidTo) Check(AgreementVersion? version, string field, FieldViolations violations)
    {
        if (version is null)
        {
            violations.Add(field, "is required");
            return default;
        }

        var from = ProtoValues.Date(version.ValidFrom, field + ".valid_from", violations);
        var to = version.ValidTo is null ? null : ProtoValues.Date(version.ValidTo, field + ".valid_to", violations);
        violations.Require(from is null || to is null || to >= from, field + ".valid_to", "must not be before valid_from");
        violations.Require(version.BillingFrequency != BillingFrequency.Unspecified && ProtoValues.IsKnown(version.BillingFrequency),
            field + ".billing_frequency", "must be MONTHLY, QUARTERLY or YEARLY");
        violations.Require(version.PaymentTermsDays is >= 1 and <= 120, field + ".payment_terms_days", "must be 1–120");
        violations.Require(version.PriceBaseYear is >= 2000 and <= 2100, field + ".price_base_year", "must be a year from 2000 to 2100");
        CheckIndex(version, field, violations);
        CheckLines(version.Lines, field, violations);
        return (from ?? default, to);
    }

    private static void CheckIndex(AgreementVersion version, string field, FieldViolations violations)
    {
        for (var i = 0; i < version.PriceIndex.Count; i++)
        {
            var index = version.PriceIndex[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}.price_index[{i}]");
            violations.Require(index.Year > version.PriceBaseYear && index.Year <= 2100, at + ".year", "must be after price_base_year (and at most 2100)")
                .Require(index.BasisPoints is >= -5_000 and <= 10_000, at + ".basis_points", "must be −5000 to 10000 (−50 % to +100 %)")
                .Require(version.PriceIndex.Count(x => x.Year == index.Year) == 1, at + ".year", "must be given once");
        }
    }

    /// <summary>What usage a line bills: its service with the unit, or null for lines that bill no usage.</summary>
    private static string? UsageKey(ServiceLine line) => line.PriceModelCase switch
    {
        ServiceLine.PriceModelOneofCase.PerUnit => $"{line.Service}|{line.PerUnit.Unit}",
        ServiceLine.PriceModelOneofCase.PerAllocatedSlotMonth => $"{line.Service}|slot-month",
        _ => null,
    };

    private static void CheckLines(IReadOnlyList<ServiceLine> lines, string field, FieldViolations violations)
    {
        violations.Require(lines.Count is >= 1 and <= MostLines, field + ".lines", $"must hold 1–{MostLines} lines");
        for (var i = 0; i < Math.Min(lines.Count, MostLines); i++)
        {
            var line = lines[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}.lines[{i}]");
            violations.Require(ResourceNames.IsResourceId(line.LineId), at + ".line_id", "must be lower-case letters, digits and hyphens, 1–63, starting with a letter")
                .Require(lines.Count(l => l.LineId == line.LineId) == 1, at + ".line_id", "must be unique within the version")
                .Require(KostraFunctions.Contains(line.KostraFunction), at + ".kostra_function", "must be 244, 251 or 252");
            ProtoValues.Text(line.Description, at + ".description", 200, required: true, violations);
            CheckPriceModel(line, at, violations);
            // The exactly-once record keys usage by its source, so two lines billing the same usage would both count it.
            violations.Require(UsageKey(line) is not { } key || lines.Count(l => UsageKey(l) == key) == 1, at + ".service",
                "bills the same usage (service and unit) as another line");
            violations.Require(!line.HasMinimumPerPeriodOre || line.MinimumPerPeriodOre is >= 0 and <= LargestAmountOre, at + ".minimum_per_period_ore", "must be 0 or more")
                .Require(!line.HasCapPerPeriodOre || line.CapPerPeriodOre is >= 0 and <= LargestAmountOre, at + ".cap_per_period_ore", "must be 0 or more")
                .Require(!line.HasMinimumPerPeriodOre || !line.HasCapPerPeriodOre || line.MinimumPerPeriodOre <= line.CapPerPeriodOre,
                    at + ".cap_per_period_ore", "must not be below minimum_per_period_ore");
        }
    }

    private static void CheckPriceModel(ServiceLine line, string at, FieldViolations violations)
    {
        switch (line.PriceModelCase)
        {
            case ServiceLine.PriceModelOneofCase.FixedAmount:
                violations.Require(line.FixedAmount.AmountOre is > 0 and <= LargestAmountOre, at + ".fixed_amount.amount_ore", "must be more than 0");
                break;
            case ServiceLine.PriceModelOneofCase.PerUnit:
                CheckPerUnit(line, at, violations);
                break;
            case ServiceLine.PriceModelOneofCase.PerAllocatedSlotMonth:
                violations.Require(line.PerAllocatedSlotMonth.PricePerSlotMonthOre is > 0 and <= LargestAmountOre,
                        at + ".per_allocated_slot_month.price_per_slot_month_ore", "must be more than 0")
                    .Require(ResourceNames.IsTeam(line.Service), at + ".service", "must be a team: teams/{team}");
                break;
            case ServiceLine.PriceModelOneofCase.CostShare:
                violations.Require(ResourceNames.IsCostPool(line.CostShare.CostPool), at + ".cost_share.cost_pool", "must have the form costPools/{cost_pool}");
                break;
            default:
                violations.Add(at + ".price_model", "must be one of fixed_amount, per_unit, per_allocated_slot_month, cost_share");
                break;
        }
    }

    private static void CheckPerUnit(ServiceLine line, string at, FieldViolations violations)
    {
        var unit = line.PerUnit.Unit;
        violations.Require(line.PerUnit.UnitPriceOre is > 0 and <= LargestAmountOre, at + ".per_unit.unit_price_ore", "must be more than 0");
        if (unit is UsageUnit.Call or UsageUnit.CallOut or UsageUnit.CallOutHour)
        {
            violations.Require(ResourceNames.IsOnCallUnit(line.Service), at + ".service", "must be an on-call unit: onCallUnits/{unit}");
        }
        else if (unit is UsageUnit.SlotDay or UsageUnit.StartedTreatment)
        {
            violations.Require(ResourceNames.IsTeam(line.Service), at + ".service", "must be a team: teams/{team}");
        }
        else
        {
            violations.Add(at + ".per_unit.unit", "must be CALL, CALL_OUT, CALL_OUT_HOUR, SLOT_DAY or STARTED_TREATMENT");
        }
    }
}
