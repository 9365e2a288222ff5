using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Intermunicipal.Invoicing.Documents.Html;

/// <summary>
/// Appends HTML in which every piece of text is encoded: markup comes only from the tag and class
/// names the writer passes as constants, so a name like "&lt;script&gt;" in the model prints as text.
/// Letters outside ASCII (æ, ø, å, §) stay as they are, the page being UTF-8.
/// </summary>
internal sealed class HtmlPageBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    public HtmlPageBuilder Markup(string constantMarkup)
    {
        _html.Append(constantMarkup);
        return this;
    }

    public HtmlPageBuilder Open(string tag, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlPageBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>An element with encoded text, empty when the text is.</summary>
    public HtmlPageBuilder Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        _html.Append(Encoder.Encode(text ?? ""));
        return Close(tag);
    }

    /// <summary>An element with encoded text, or nothing at all when there is no text.</summary>
    public HtmlPageBuilder OptionalElement(string tag, string? text, string? cssClass = null) =>
        string.IsNullOrEmpty(text) ? this : Element(tag, text, cssClass);

    /// <summary>A table cell with encoded text spanning <paramref name="columns"/> columns.</summary>
    public HtmlPageBuilder SpanningCell(string tag, string text, int columns)
    {
        _html.Append('<').Append(tag).Append(" colspan=\"").Append(columns).Append("\">").Append(Encoder.Encode(text));
        return Close(tag);
    }

    /// <summary>A two-cell row: a heading and its value.</summary>
    public HtmlPageBuilder Fact(string heading, string? value) =>
        string.IsNullOrEmpty(value) ? this : Open("tr").Element("th", heading).Element("td", value).Close("tr");

    public override string ToString() => _html.ToString();
}
