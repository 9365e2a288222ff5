using Google.Protobuf.WellKnownTypes;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.LoadTool;

/// <summary>
/// Builds the requests. Every call is the same fixed, valid test call; nothing in it is personal data.
/// </summary>
public sealed class CallFactory(LoadOptions options, TimeProvider clock)
{
    public const string Summary = "Load test call";
    public const string ConcernCategory = "konflikt-hjemmet";
    public const string HandlingStaff = "load-tool";

    /// <summary>A LogCall with a fresh request_id, so every request stores a new call.</summary>
    public LogCallRequest LogCall() => new()
    {
        Parent = options.Unit,
        RequestId = Guid.NewGuid().ToString(),
        Call = new Call
        {
            ReceiveTime = Timestamp.FromDateTimeOffset(clock.GetUtcNow().AddMinutes(-1)),
            Channel = Channel.Phone,
            ReporterType = ReporterType.Parent,
            MunicipalityNumber = options.Municipality,
            ConcernCategories = { ConcernCategory },
            Urgency = Urgency.Medium,
            Summary = Summary,
            HandlingStaff = { HandlingStaff },
        },
    };

    public static GetCallRequest GetCall(string name) => new() { Name = name };
}
