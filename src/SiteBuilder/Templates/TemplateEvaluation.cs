namespace SiteBuilder.Templates;

/// <summary>How templates are evaluated: by their plans where they have one (the default), or otherwise for tests and benchmarks.</summary>
internal enum TemplateEvaluation
{
    /// <summary>By a template's plan where it has one, by Scriban where it has none or where the plan leaves a page to it.</summary>
    Plans,

    /// <summary>By Scriban's interpreter alone: what the plans are compared with.</summary>
    Scriban,

    /// <summary>As <see cref="Plans"/>, but a plan that would leave a page to Scriban throws instead: for tests that hold the plans to a site.</summary>
    PlansWithoutFallback,
}
