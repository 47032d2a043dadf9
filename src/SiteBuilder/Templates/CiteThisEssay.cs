namespace SiteBuilder.Templates;

/// <summary>"Cite this essay" on the essay's page: the entry in the site's citation style, and the BibTeX record.</summary>
internal sealed record CiteThisEssay(HtmlString Entry, string BibTeX);
