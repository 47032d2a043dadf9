using System.Text;

namespace SiteBuilder.Import;

/// <summary>Escapes plain text so Markdown shows it literally: inline markup characters, '@' (citations), and block markers at the start.</summary>
public static class MarkdownEscaper
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '@' or '&' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();
        return StartsBlock(result) ? "\\" + result : result;
    }

    private static bool StartsBlock(string text) =>
        text.Length > 0 && (text[0] is '#' or '-' or '+' or '=' || (char.IsAsciiDigit(text[0]) && text.TrimStart("0123456789".ToCharArray()) is ['.' or ')', ..]));
}
