using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>Every image has alt text (empty alt is allowed for decoration).</summary>
public sealed class ImageAltCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        from page in site.Pages
        from image in page.ImagesWithoutAlt
        select Diagnostic.Error(DiagnosticCodes.MissingAltText, FindingLocation.Of(page, image), $"{page.Path}: image '{image.Url}' has no alt text{FindingLocation.Blame(page, image)}");
}
