namespace Intermunicipal.Invoicing.Documents;

/// <summary>A rendering ready to serve: its bytes, the media type to send them with and a file name to save them as.</summary>
/// <param name="Content">UTF-8; without a byte order mark for XML and HTML, with one for CSV (Excel needs it to detect UTF-8).</param>
/// <param name="MediaType">E.g. "application/xml", "text/html; charset=utf-8".</param>
/// <param name="FileName">E.g. "faktura-2026-000017.xml", "kreditnota-2026-000023.csv".</param>
public sealed record RenderedDocument(byte[] Content, string MediaType, string FileName);
