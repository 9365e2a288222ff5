using System.Buffers.Text;
using System.Text;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Hosting.Paging;

/// <summary>
/// Opaque page tokens (AIP-158) for keyset paging: the sort key of the last item served,
/// base64url encoded. A token that does not decode is INVALID_ARGUMENT on "page_token".
/// </summary>
public static class PageToken
{
    public const int DefaultSize = 50;
    public const int MaximumSize = 500;

    /// <summary>The page size to use for a request's page_size, or INVALID_ARGUMENT when negative.</summary>
    public static int Size(int requested) => requested switch
    {
        < 0 => throw Problems.InvalidArgument("page_size", "must not be negative"),
        0 => DefaultSize,
        > MaximumSize => MaximumSize,
        _ => requested,
    };

    public static string Encode(params string[] keyParts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', keyParts)));

    /// <summary>The key parts of a token, or null for an empty token (the first page).</summary>
    public static string[]? Decode(string token, int expectedParts)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
            if (parts.Length == expectedParts)
            {
                return parts;
            }
        }
        catch (FormatException)
        {
        }

        throw Problems.InvalidArgument("page_token", "is not a token this method returned");
    }
}
