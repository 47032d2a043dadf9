namespace SiteBuilder.Templates.Plans;

/// <summary>
/// Thrown when a plan meets what it does not do exactly as Scriban would (a value that is a function, a member that is
/// missing, a loop past the limit): the template is then rendered again by Scriban, which writes it or reports the error.
/// </summary>
internal sealed class PlanAbandoned() : Exception("the template's plan left it to Scriban");
