using System.Security.Cryptography;
using System.Text;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Deterministic ids for demo rows: the same label gives the same UUID at every start and on every
/// instance, so a rerun or a second instance can never add a row twice.
/// </summary>
internal static class DemoIds
{
    /// <summary>
    /// A name-based UUID for <paramref name="label"/> in RFC 9562's version 8 layout (SHA-256 of
    /// the name, version and variant bits set), lower-case canonical 8-4-4-4-12 as the resource
    /// names require.
    /// </summary>
    public static string For(string label)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("intermunicipal-capacity-demo:" + label), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
