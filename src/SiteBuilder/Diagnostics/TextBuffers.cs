using System.Text;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// The one rule for text buffers reused from page to page (the rewriter's, the template contexts'): keep them, so
/// a page costs no large allocation, but not one grown for an outsized page (a whole library listed), which would
/// otherwise stay pinned for the rest of the build.
/// </summary>
public static class TextBuffers
{
    /// <summary>The largest buffer kept, in chars.</summary>
    public const int LargestKept = 4 * 1024 * 1024;

    public static bool WorthKeeping(StringBuilder buffer) => buffer.Capacity <= LargestKept;
}
