using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Hosting.Paging;

/// <summary>
/// Opaque page tokens (AIP-158) for keyset paging: the sort key of the last item served,
/// base64url encoded, bound to the request's filters. A token that does not decode, or that
/// came from a request with other filters, is INVALID_ARGUMENT on "page_token".
/// </summary>
public static class PageToken
{
    public const int DefaultSize = 50;
    public const int MaximumSize = 500;
    private const string TokenField = "page_token";
    private const string SizeField = "page_size";

    /// <summary>The page size to use for a request's page_size, or INVALID_ARGUMENT when negative.</summary>
    public static int Size(int requested) => requested switch
    {
        < 0 => throw Problems.InvalidArgument("page_size", "must not be negative"),
        0 => DefaultSize,
        > MaximumSize => MaximumSize,
        _ => requested,
    };

    /// <summary>The token for the page after the one answering <paramref name="request"/>.</summary>
    /// <param name="request">A List request; its fields other than page_size and page_token are the filters.</param>
    /// <param name="keyParts">The sort key of the last item served.</param>
    public static string Encode(IMessage request, params string[] keyParts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', [Fingerprint(request), .. keyParts])));

    /// <summary>The key parts of the request's page_token, or null on the first page.</summary>
    public static string[]? Decode(IMessage request, int expectedParts)
    {
        var token = (string)request.Descriptor.FindFieldByName(TokenField).Accessor.GetValue(request);
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
            if (parts.Length == expectedParts + 1 && parts[0] == Fingerprint(request))
            {
                return parts[1..];
            }
        }
        catch (FormatException)
        {
        }

        throw Problems.InvalidArgument("page_token", "is not a token this method returned for these filters");
    }

    /// <summary>The token text of an instant (its ticks), for keyset paging by time.</summary>
    public static string FromInstant(DateTime utc) => utc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant read back from a token part, or INVALID_ARGUMENT on "page_token".</summary>
    public static DateTime ToInstant(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
        && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : throw Problems.InvalidArgument(TokenField, "is not a token this method returned");

    /// <summary>
    /// A short hash of the request without its paging fields: tokens stay small, do not echo the
    /// filters back, and only fit requests with the same filters.
    /// </summary>
    private static string Fingerprint(IMessage request)
    {
        var filters = request.Descriptor.Parser.ParseFrom(request.ToByteString());
        foreach (var paging in new[] { TokenField, SizeField })
        {
            filters.Descriptor.FindFieldByName(paging)?.Accessor.Clear(filters);
        }

        return Convert.ToHexString(SHA256.HashData(filters.ToByteArray()), 0, 8);
    }
}
