using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>Tests the conditions of <c>cs:if</c> and <c>cs:else-if</c> for one item and cite.</summary>
internal sealed class ConditionTester(RenderContext context, Renderer renderer)
{
    public bool Holds(Condition condition)
    {
        // "all" stops at the first test that fails, "any" and "none" at the first that holds
        var match = condition.Match;
        for (var i = 0; i < condition.Tests.Count; i++)
        {
            var holds = Test(condition.Tests[i]);
            if (match == "any" && holds)
            {
                return true;
            }

            if (match == "none" && holds)
            {
                return false;
            }

            if (match is not ("any" or "none") && !holds)
            {
                return false;
            }
        }

        return match != "any";
    }

    private bool Test((string Test, string Value) test)
    {
        var item = context.Item;
        return test.Test switch
        {
            "type" => item.Type == test.Value,
            "variable" => HasVariable(test.Value),
            "is-numeric" => renderer.Variable(test.Value) is { } value && NumberFormatter.IsNumeric(value),
            "is-uncertain-date" => item.DateOf(test.Value)?.Circa == true,
            "locator" => context.Cite?.Locator is not null && (context.Cite.Label ?? "page").Replace(' ', '-') == test.Value.Replace(' ', '-'),
            "position" => Position(test.Value),
            "disambiguate" => Disambiguate() == (test.Value == "true"),
            "sb:is-author" => IsAuthor(test.Value),
            _ => false,
        };
    }

    private bool Disambiguate()
    {
        var d = context.Disambiguation;
        var index = context.DisambiguateTests++;
        var holds = d.Condition || (d.SubsequentCondition && context.Cite?.Position is not null and not CitePosition.First);
        return holds && (d.ConditionLevel is not { } level || index < level);
    }

    /// <summary>
    /// SiteBuilder's one extension: whether a text variable names one of the authors (a report's publisher that is
    /// its group author, a web page's site that is its author), which APA leaves out and CSL cannot test.
    /// </summary>
    private bool IsAuthor(string variable)
    {
        if (renderer.Variable(variable) is not { } value)
        {
            return false;
        }

        return context.Item.NamesOf("author").Any(n =>
            string.Equals(n.Literal ?? n.Family, value.Trim(), StringComparison.OrdinalIgnoreCase)
            || (n.Given is not null && string.Equals($"{n.Given} {n.Family}", value.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    private bool HasVariable(string variable)
    {
        var item = context.Item;
        return item.NamesOf(variable).Count > 0 || item.DateOf(variable) is not null || renderer.Variable(variable) is not null;
    }

    private bool Position(string position)
    {
        if (context.Cite is not { } cite || context.Section != context.Style.Citation)
        {
            return position == "first" && context.Cite is null && false;
        }

        return position switch
        {
            "first" => cite.Position == CitePosition.First,
            "subsequent" => cite.Position != CitePosition.First,
            "ibid" => cite.Position is CitePosition.Ibid or CitePosition.IbidWithLocator,
            "ibid-with-locator" => cite.Position == CitePosition.IbidWithLocator,
            "near-note" => cite.Position != CitePosition.First && cite.NearNote,
            _ => false,
        };
    }
}
