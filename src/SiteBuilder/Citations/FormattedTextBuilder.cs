namespace SiteBuilder.Citations;

/// <summary>Accumulates runs, merging neighbours of the same style so the HTML stays small.</summary>
internal sealed class FormattedTextBuilder
{
    private readonly List<TextRun> runs = [];

    public FormattedTextBuilder Text(string text) => Add(new TextRun(text));

    public FormattedTextBuilder Italic(string text) => Add(new TextRun(text, Italic: true));

    /// <summary>Rich text (a title with &lt;i&gt; or *emphasis*), italic as a whole when <paramref name="italic"/>; italics inside it turn roman.</summary>
    public FormattedTextBuilder Rich(string text, bool italic = false)
    {
        foreach (var run in RichText.Parse(text, new TextRun("", Italic: italic)))
        {
            Add(run);
        }

        return this;
    }

    public FormattedTextBuilder Link(string text, string href) => Add(new TextRun(text, Href: href));

    public FormattedTextBuilder Append(FormattedText text)
    {
        foreach (var run in text.Runs)
        {
            Add(run);
        }

        return this;
    }

    /// <summary>True when the text so far ends with one of the given characters.</summary>
    public bool EndsWithAny(string characters) =>
        runs.Count > 0 && runs[^1].Text.Length > 0 && characters.Contains(runs[^1].Text[^1]);

    /// <summary>The text, without trailing white space.</summary>
    public FormattedText Build()
    {
        var result = runs.ToList();
        if (result.Count > 0)
        {
            result[^1] = result[^1] with { Text = result[^1].Text.TrimEnd() };
        }

        return new FormattedText(result);
    }

    private FormattedTextBuilder Add(TextRun run)
    {
        if (run.Text.Length == 0)
        {
            return this;
        }

        if (runs.Count > 0 && runs[^1].Href is null && run.Href is null && runs[^1].SameStyle(run))
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
        }
        else
        {
            runs.Add(run);
        }

        return this;
    }
}
