using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Capacity.Grpc.Validation;

/// <summary>Checks CreateAllocation and EndAllocation requests before anything is read or stored.</summary>
public static class AllocationValidator
{
    public static (DateOnly Start, DateOnly? End) Validate(CreateAllocationRequest request, string hostMunicipalityNumber)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var allocation = request.Allocation;
        if (allocation is null)
        {
            violations.Add("allocation", "is required").ThrowIfAny();
        }

        violations
            .Require(ProtoValues.IsMunicipalityNumber(allocation!.MunicipalityNumber), "allocation.municipality_number",
                "must be a four-digit municipality number")
            .Require(allocation.MunicipalityNumber != hostMunicipalityNumber, "allocation.municipality_number",
                "must be a partner, not the host (the host holds what no partner holds)")
            .Require(allocation.SlotCount is >= 0 and <= TeamValidator.LargestCapacity, "allocation.slot_count", "must be 0-1000");
        var start = ProtoValues.Date(allocation.StartDate, "allocation.start_date", violations);
        var end = allocation.EndDate is null ? null : ProtoValues.Date(allocation.EndDate, "allocation.end_date", violations);
        violations.Require(!(start > end), "allocation.end_date", "must not be before allocation.start_date").ThrowIfAny();
        return (start!.Value, end);
    }

    public static DateOnly Validate(EndAllocationRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var end = ProtoValues.Date(request.EndDate, "end_date", violations);
        violations.ThrowIfAny();
        return end!.Value;
    }
}
