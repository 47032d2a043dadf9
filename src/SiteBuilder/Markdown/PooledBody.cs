using System.Text;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Markdown;

/// <summary>
/// An essay's body still in the Markdown renderer's pooled buffer: its page is made straight from it, and the buffer
/// goes back to the pool once the page is made (a string of the body was 30 KB of garbage per essay). Read after it
/// is given back, it throws rather than show another essay's text.
/// </summary>
internal sealed class PooledBody(StringBuilder buffer, TextBuffers pool)
{
    private StringBuilder? buffer = buffer;

    /// <summary>Where the page's rewriter has anything to do in the body (see <see cref="BodyMap"/>); null to read it whole.</summary>
    public BodyMap? Map { get; init; }

    /// <summary>The body's text, valid until <see cref="Release"/>.</summary>
    public StringBuilder Text => buffer ?? throw new InvalidOperationException("an essay's body was read after its buffer was given back");

    /// <summary>Gives the buffer back to the pool; the body cannot be read after this.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref buffer, null) is { } given)
        {
            pool.Return(given);
        }
    }
}
