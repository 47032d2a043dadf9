namespace SiteBuilder.Templates;

/// <summary>HTML that is already safe (rendered Markdown, formatted references); templates write it without escaping.</summary>
public sealed record HtmlString(string Html)
{
    public override string ToString() => Html;
}
