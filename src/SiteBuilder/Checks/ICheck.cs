using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>One check over the built site; it reports diagnostics and changes nothing.</summary>
public interface ICheck
{
    IEnumerable<Diagnostic> Run(BuiltSite site);
}
