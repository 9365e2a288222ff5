using System.Buffers.Binary;
using Microsoft.AspNetCore.Http;

namespace Intermunicipal.Hosting.Grpc;

/// <summary>The few facts of the gRPC wire format that code below the gRPC libraries needs.</summary>
public static class GrpcWire
{
    /// <summary>application/grpc and application/grpc+proto; not gRPC-Web, which is a different wire.</summary>
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType is { } type
        && (type == "application/grpc" || type.StartsWith("application/grpc+", StringComparison.Ordinal)
            || type.StartsWith("application/grpc;", StringComparison.Ordinal));

    /// <summary>One length-prefixed message: no compression flag, 4-byte big-endian length, the bytes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> message)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame.AsSpan(5));
        return frame;
    }
}
