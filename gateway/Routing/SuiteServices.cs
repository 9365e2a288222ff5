using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Intermunicipal.Gateway.Routing;

/// <summary>Every gRPC service the suite exposes through the gateway, for reflection and health.</summary>
public static class SuiteServices
{
    public static readonly IReadOnlyList<ServiceDescriptor> Descriptors =
    [
        Intermunicipal.OnCall.V1.OnCallService.Descriptor,
        Intermunicipal.Capacity.V1.CapacityService.Descriptor,
        Grpc.Health.V1.Health.Descriptor,
        Grpc.Reflection.V1.ServerReflection.Descriptor,
        Grpc.Reflection.V1Alpha.ServerReflection.Descriptor,
    ];
}
