namespace SiteBuilder.Yaml;

/// <summary>
/// Finds the '[' or '{' still open at a point of a YAML text. YamlDotNet sometimes fails inside an unclosed
/// flow collection without a position and before it has reported the collection; this light scan (quotes
/// and comments skipped, brackets counted only where YAML treats them as indicators) names the bracket so
/// the diagnostic can point the author at it.
/// </summary>
internal static class FlowBracketScanner
{
    /// <summary>The 1-based line and column of the innermost bracket open before (line, column), if any.</summary>
    public static (int Line, int Column, char Opener)? FindUnclosed(string text, int line, int column)
    {
        var open = new Stack<(int Line, int Column, char Opener)>();
        var (row, col) = (1, 0);
        var quote = '\0';
        var previous = '\n'; // the last character that is not a space, '\n' at the start of a line
        for (var i = 0; i < text.Length && (row < line || (row == line && col + 1 < column)); i++)
        {
            var c = text[i];
            col++;
            if (c == '\n')
            {
                (row, col, previous) = (row + 1, 0, '\n');
                continue;
            }

            if (quote != '\0')
            {
                i += quote == '"' && c == '\\' ? 1 : 0;
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c == '#' && (previous == '\n' || (i > 0 && char.IsWhiteSpace(text[i - 1]))))
            {
                var end = text.IndexOf('\n', i);
                col += (end < 0 ? text.Length : end) - i - 1;
                i = (end < 0 ? text.Length : end) - 1;
                continue;
            }

            var atValueStart = open.Count > 0 ? previous is ',' or '[' or '{' or ':' or '\n' : previous is ':' or '-' or '\n';
            if (c is '[' or '{' && (open.Count > 0 || atValueStart))
            {
                open.Push((row, col, c));
            }
            else if (c is ']' or '}' && open.Count > 0 && open.Peek().Opener == (c == ']' ? '[' : '{'))
            {
                open.Pop();
            }
            else if (c is '"' or '\'' && atValueStart)
            {
                quote = c;
            }

            previous = c == ' ' || c == '\t' ? previous : c;
        }

        return open.Count > 0 ? open.Peek() : null;
    }
}
