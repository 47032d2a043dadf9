using System.Net;
using System.Text;
using SiteBuilder.Markdown;
using SiteBuilder.Templates;

namespace SiteBuilder.Output;

/// <summary>The state of one <see cref="PageRewriter"/> pass over one page.</summary>
/// <param name="output">An empty buffer for the rewritten page, with room for it (the rewriter reuses them).</param>
/// <param name="share">Gives the one copy of a text that many pages keep (a heading's).</param>
/// <param name="resolveSiteRoot">Resolves a site-root address, once for all pages, its strings shared with them.</param>
/// <param name="work">Emptied collections for the pass to work in, which it leaves nothing of (the rewriter reuses them).</param>
/// <param name="encoding">Where the page's UTF-8 is encoded before it is written (the rewriter's buffers).</param>
internal sealed class PageScan(RenderedPage page, string basePath, bool preview, Func<string, string> share, Func<string, ResolvedUrl> resolveSiteRoot, StringBuilder output, PageScan.Workspace work, EncodingBuffers encoding)
{

    private readonly ReadOnlyMemory<char> text = page.Text;
    private readonly IReadOnlyList<TemplateMark>? marks = page.Template;
    private int nextMark;
    private readonly List<OpenElement> open = work.Open;
    private readonly List<ReadOnlyMemory<char>> ids = work.Ids;
    // Sized for a typical page up front: growing it was a visible share of the pass.
    private readonly List<LinkFact> links = new(page.Text.Length / 250);
    private readonly List<LinkFact> imagesWithoutAlt = [];
    private readonly List<(HeadingFact Heading, bool InMain)> headings = work.Headings;
    private readonly StringBuilder headingText = work.HeadingText;
    private readonly Dictionary<string, string> relativeUrls = work.RelativeUrls;
    /// <summary>
    /// How many open elements have a name in each bucket (<see cref="Bucket"/>): most end tags of no open element are
    /// known for stray at once, without searching the open elements, however deeply a page nests.
    /// </summary>
    private readonly int[] openByBucket = work.OpenByBucket;

    /// <summary>Each URL the templates wrote on this page, with the elements (as bits of <see cref="ElementBit"/>) that had it.</summary>
    private readonly Dictionary<string, int> templateLinks = work.TemplateLinks;
    private readonly HtmlStartTag scratch = work.Tag; // every tag is read into this one

    /// <summary>
    /// What a pass works in and hands none of to the page's facts, reused from page to page and emptied before each:
    /// made anew for every page, these were about 7 KB of garbage a page. Not thread-safe: one pass at a time.
    /// </summary>
    internal sealed class Workspace
    {
        internal List<OpenElement> Open { get; } = new(32);

        internal List<ReadOnlyMemory<char>> Ids { get; } = new(256);

        /// <summary>The ids of elements written in Markdown (headings, mostly), with where: read only when an id repeats.</summary>
        internal List<(ReadOnlyMemory<char> Id, (int Line, int Column) Position)> PositionedIds { get; } = new(16);

        internal StringBuilder HeadingText { get; } = new();

        internal Dictionary<string, string> RelativeUrls { get; } = new(64, StringComparer.Ordinal);

        internal int[] OpenByBucket { get; } = new int[64];

        /// <summary>The page's headings, in order, and whether each is in its main content: read into the page's outline at the end.</summary>
        internal List<(HeadingFact Heading, bool InMain)> Headings { get; } = new(32);

        /// <summary>The headings the outline is made of.</summary>
        internal List<HeadingFact> Outlined { get; } = new(32);

        internal Dictionary<string, int> TemplateLinks { get; } = new(64, StringComparer.Ordinal);

        internal HtmlStartTag Tag { get; } = new("", new List<HtmlAttribute>(8), false);

        /// <summary>Where each piece of the template's stretch being replayed begins in the page.</summary>
        internal List<int> PieceStarts { get; } = new(64);

        /// <summary>Empty, for the next page; what an outsized page grew (a whole library listed) is let go.</summary>
        public Workspace Emptied()
        {
            Open.Clear();
            Ids.Clear();
            PositionedIds.Clear();
            HeadingText.Clear();
            RelativeUrls.Clear();
            Array.Clear(OpenByBucket);
            Headings.Clear();
            Outlined.Clear();
            TemplateLinks.Clear();
            if (Ids.Capacity > 4096)
            {
                Ids.Capacity = 256;
            }

            if (Headings.Capacity > 4096)
            {
                Headings.Capacity = 32;
                Outlined.Capacity = 32;
            }

            RelativeUrls.TrimExcess(64);
            TemplateLinks.TrimExcess(64);
            return this;
        }
    }

    private int openHeadings;
    private int openMain;
    private int openProse;

    /// <summary>
    /// How much of the page is in <see cref="output"/>: what the pass leaves as it was is copied in long runs, when a
    /// change (a rewritten tag, an inserted link) or the end of the page comes, rather than tag by tag and text by text.
    /// </summary>
    private int copied;

    public ProcessedPage Run(IFileEmitter? emit)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = IndexOf('<', i);
            var end = lt < 0 ? text.Length : lt;
            if (marks is not null && MarkAt(i, end) is var mark and >= 0)
            {
                // the templates wrote a stretch here, whose markup was read when they were compiled
                Text(i, marks[mark].At);
                i = Replay(mark);
                continue;
            }

            Text(i, end);
            i = lt < 0 ? text.Length : Markup(lt);
        }

        CopyTo(text.Length);

        var inMain = headings.Exists(h => h.InMain);
        var pageIds = PageIds.FromSlices(ids);
        // the main content's headings make the outline; a page without headings there, all of them
        var outlined = work.Outlined;
        foreach (var (heading, isInMain) in headings)
        {
            if (isInMain || !inMain)
            {
                outlined.Add(heading);
            }
        }

        var outline = HeadingOutline.Of(outlined);
        var facts = new PageFacts(page.Path, page.Origin, page.Templates, pageIds, UnresolvedOrElsewhere(links, pageIds), imagesWithoutAlt.Count == 0 ? [] : imagesWithoutAlt, outline)
        {
            DuplicateIdPositions = pageIds.Duplicates.Count == 0 ? PageFacts.NoPositions : DuplicatePositions(pageIds),
        };
        while (output.Length > 0 && char.IsWhiteSpace(output[^1]))
        {
            output.Length--;
        }

        output.Append('\n');
        var reading = page.Read ? PageReading.Of(output) : null;
        if (emit is not null)
        {
            OutputFile.EncodeTo(output, page.Path, emit, encoding);
            return new ProcessedPage(null, facts) { Reading = reading };
        }

        // the preview holds every page in memory while it serves the site; a build writes them out at once
        var bytes = OutputFile.Utf8Of(output, encoding);
        return new ProcessedPage(preview ? OutputFile.Held(page.Path, bytes, page.Origin) : new OutputFile(page.Path, bytes, page.Origin), facts) { Reading = reading };
    }

    /// <summary>Where in Markdown each repeated id was first written, for those that were (a heading's, say).</summary>
    private Dictionary<string, (int Line, int Column)> DuplicatePositions(PageIds pageIds)
    {
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var (id, _) in pageIds.Duplicates)
        {
            foreach (var (written, at) in work.PositionedIds)
            {
                if (written.Span.SequenceEqual(id))
                {
                    positions[id] = at;
                    break;
                }
            }
        }

        return positions;
    }

    /// <summary>
    /// The links less those to an id of this same page that the page has: nothing is left to check about them, and
    /// about half an essay page's links point into the page itself (its contents, notes, backlinks), which a large
    /// site would otherwise keep until the checks. A same-page link to a missing id stays, for the link check to report.
    /// </summary>
    private static List<LinkFact> UnresolvedOrElsewhere(List<LinkFact> links, PageIds ids)
    {
        links.RemoveAll(link => !link.External && link.Target.Length == 0 && link.Fragment.Length > 0 && ids.Contains(Uri.UnescapeDataString(link.Fragment)));
        links.TrimExcess();
        return links;
    }

    /// <summary>Copies the page's text from where the output ends up to <paramref name="end"/>.</summary>
    private void CopyTo(int end)
    {
        if (end > copied)
        {
            output.Append(text.Span[copied..end]);
            copied = end;
        }
    }

    /// <summary>Text of the page, left as it is: only a heading's is read.</summary>
    private void Text(int start, int end)
    {
        if (openHeadings > 0)
        {
            headingText.Append(text.Span[start..end]);
        }
    }

    /// <summary>The index of <paramref name="value"/> at or after <paramref name="from"/>, or -1.</summary>
    private int IndexOf(ReadOnlySpan<char> value, int from, StringComparison comparison = StringComparison.Ordinal)
    {
        var found = text.Span[from..].IndexOf(value, comparison);
        return found < 0 ? -1 : from + found;
    }

    private int IndexOf(char value, int from)
    {
        var html = text.Span;
        if (from < html.Length && html[from] == value)
        {
            return from; // a tag right after a tag ("</li><li>"): no search
        }

        var found = html[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Handles the markup at <paramref name="lt"/> and returns the index just past it.</summary>
    private int Markup(int lt)
    {
        var html = text.Span;
        if (html[lt..].StartsWith("<!--", StringComparison.Ordinal))
        {
            if (page.Body is { } map)
            {
                if (html[lt..].StartsWith(BodyMap.Start, StringComparison.Ordinal))
                {
                    return Body(lt, map);
                }

                if (html[lt..].StartsWith(BodyMap.End, StringComparison.Ordinal))
                {
                    return Drop(lt, BodyMap.End.Length);
                }
            }

            return Past(IndexOf("-->", lt + 4), 3);
        }

        var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
        if (next == '/')
        {
            var nameEnd = lt + 2;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            Close(HtmlStartTagReader.Name(html.Slice(lt + 2, nameEnd - lt - 2)), lt);
            // most end tags end right after their name ("</p>"): no search for it
            return nameEnd < html.Length && html[nameEnd] == '>' ? nameEnd + 1 : Past(IndexOf('>', nameEnd), 1);
        }

        if (next is '!' or '?')
        {
            return Past(IndexOf('>', lt), 1);
        }

        if (!char.IsAsciiLetter(next) || HtmlStartTagReader.Read(text, lt, scratch) is not var (tag, end))
        {
            Text(lt, lt + 1);
            return lt + 1;
        }

        Start(tag, lt, end);
        return tag.HoldsRawText && !tag.SelfClosing ? SkipRawText(tag.Name, end) : end;
    }

    /// <summary>
    /// The first mark from <paramref name="from"/> to <paramref name="to"/> (text the pass reads as text, so a stretch
    /// starting there starts outside any tag) of a piece of template text with markup after it; -1 if none.
    /// </summary>
    private int MarkAt(int from, int to)
    {
        while (nextMark < marks!.Count && marks[nextMark].At < from)
        {
            nextMark++;
        }

        for (var k = nextMark; k < marks.Count && marks[k].At <= to; k++)
        {
            if (marks[k].Piece.Tokens.Length > 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Takes the markup of a template's stretch as it was read when the template was compiled, from the piece of text
    /// at mark <paramref name="first"/>, for as long as the marks after it show the stretch's pieces written as the
    /// template has them (no value written as HTML, nothing indented); returns where the pass goes on reading.
    /// </summary>
    private int Replay(int first)
    {
        nextMark = first + 1; // taken: the pass goes on from where the replay stops, however far that is
        var piece = marks![first].Piece;
        var pieces = piece.Run.Pieces;
        var starts = work.PieceStarts;
        starts.Clear();
        for (var k = first; k < marks.Count && piece.Index + (k - first) < pieces.Length; k++)
        {
            var mark = marks[k];
            if (!ReferenceEquals(mark.Piece, pieces[piece.Index + (k - first)]) || (mark.Piece.Length >= 0 && mark.End - mark.At != mark.Piece.Length))
            {
                break;
            }

            starts.Add(mark.At);
        }

        var at = marks[first].At;
        foreach (var token in piece.Tokens) // an array: no enumerator made for each of the page's hundreds of stretches
        {
            if (token.End.Piece - piece.Index >= starts.Count)
            {
                break; // it spans a piece not written as the template has it
            }

            var start = Absolute(token.Start, piece.Index);
            var end = Absolute(token.End, piece.Index);
            Text(at, start);
            if (token.Does == MarkupToken.Kind.Close)
            {
                Close(token.Name, start);
            }
            else if (token.Does == MarkupToken.Kind.Read || !Opened(token, piece.Index))
            {
                var read = Markup(start);
                if (read != end)
                {
                    return read; // the markup on the page ends elsewhere: the pass reads on from there
                }
            }

            at = end;
        }

        return at;
    }

    /// <summary>The index in the page of a point of the stretch being replayed from piece <paramref name="first"/>.</summary>
    private int Absolute(MarkupPoint point, int first) => work.PieceStarts[point.Piece - first] + point.Offset;

    /// <summary>
    /// A start tag taken as read: its id recorded, its link recorded and made relative in place, its element opened, as
    /// <see cref="Start"/> does; false, with nothing done, for a tag <see cref="Start"/> must handle (an address with a
    /// character reference, a link that leaves the site, a site-root address the tag would be written back for).
    /// </summary>
    private bool Opened(MarkupToken token, int first)
    {
        string? url = null;
        var (linkFrom, linkTo) = (0, 0);
        if (token.Link is var (from, to))
        {
            (linkFrom, linkTo) = (Absolute(from, first), Absolute(to, first));
            var raw = text.Span[linkFrom..linkTo];
            if (raw.Contains('&') || MarkedExternal(token.Name, raw))
            {
                return false;
            }

            url = raw.ToString();
            if (!token.LinkInPlace && SiteUrls.IsSiteRoot(url))
            {
                return false;
            }
        }

        if (token.Id is var (idFrom, idTo))
        {
            ids.Add(HtmlAttribute.ValueOf(text[Absolute(idFrom, first)..Absolute(idTo, first)])); // as Start takes an id
        }

        if (url is not null)
        {
            Record(token.Name, url, null);
            if (SiteUrls.IsSiteRoot(url))
            {
                CopyTo(linkFrom);
                output.Append(Relative(url));
                copied = linkTo;
            }
        }

        if (!token.Void)
        {
            var prose = token.Class is var (classFrom, classTo) ? HtmlStartTag.ClassListHas(text.Span[Absolute(classFrom, first)..Absolute(classTo, first)], "prose") : token.Prose;
            Push(new OpenElement(token.Name, token.Main, prose, null));
        }

        return true;
    }

    /// <summary>
    /// An essay's body at its start marker (<paramref name="lt"/>): what its map says to read is read tag by tag, the
    /// paragraphs' and citations' ids are taken from the map, the citations' links are recorded and made relative
    /// where the map says their addresses are, and the rest is copied as it is. A body that is not where the map says
    /// (or that stands in a heading, whose text the pass reads) is read whole. The markers are dropped.
    /// </summary>
    private int Body(int lt, BodyMap map)
    {
        var start = Drop(lt, BodyMap.Start.Length);
        var end = start + map.Length;
        if (openHeadings > 0 || end + BodyMap.End.Length > text.Length || !text.Span[end..].StartsWith(BodyMap.End, StringComparison.Ordinal))
        {
            return start;
        }

        var at = start;
        foreach (var entry in map.Entries)
        {
            switch (entry.Does)
            {
                case BodyMap.Step.Id:
                    ids.Add(entry.Id.AsMemory());
                    break;
                case BodyMap.Step.Href when start + entry.From >= at:
                    Href(start + entry.From, start + entry.To);
                    break;
                default: // a range to read (or one read already, should a tag have run past its node's end)
                    at = Read(Math.Max(at, start + entry.From), start + entry.To);
                    break;
            }
        }

        CopyTo(end);
        return Drop(end, BodyMap.End.Length);
    }

    /// <summary>
    /// A link's <c>href</c> value (a site address, with nothing to decode) on an element that has no source position:
    /// what <see cref="Url"/> does with it, without reading its tag (the tag written back would differ only there).
    /// </summary>
    private void Href(int from, int to)
    {
        var url = text.Span[from..to].ToString();
        Record("a", url, null);
        CopyTo(from);
        output.Append(Relative(url));
        copied = to;
    }

    /// <summary>Reads the page from <paramref name="from"/> to <paramref name="to"/> as the pass reads it all; returns where it stopped.</summary>
    private int Read(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var lt = IndexOf('<', i);
            var stop = lt < 0 || lt >= to ? to : lt;
            Text(i, stop);
            i = stop == to ? to : Markup(lt);
        }

        return i;
    }

    /// <summary>Leaves the <paramref name="length"/> characters at <paramref name="at"/> out of the output (a marker); returns the index past them.</summary>
    private int Drop(int at, int length)
    {
        CopyTo(at);
        copied = at + length;
        return copied;
    }

    /// <summary>The index past a markup's end found at <paramref name="found"/> (<paramref name="tail"/> long), or the page's end when it has none.</summary>
    private int Past(int found, int tail) => found < 0 ? text.Length : found + tail;

    /// <summary>Passes over the content of a script, style, textarea or title element without reading markup in it (it is copied with the rest).</summary>
    private int SkipRawText(string name, int start)
    {
        var end = start;
        while ((end = IndexOf("</", end)) >= 0 && !HtmlStartTag.ClosesRawText(text.Span[(end + 2)..], name))
        {
            end += 2;
        }

        end = end < 0 ? text.Length : end;
        Text(start, end);
        if (page.Body is not null)
        {
            DropMarkers(start, end);
        }

        return end;
    }

    /// <summary>Leaves out the body markers that a template wrote into text the pass does not read as markup (a title, a script).</summary>
    private void DropMarkers(int start, int end)
    {
        var at = start;
        while (at < end && text.Span[at..end].IndexOf("<!--", StringComparison.Ordinal) is var found and >= 0)
        {
            at += found;
            var marker = text.Span[at..].StartsWith(BodyMap.Start, StringComparison.Ordinal) ? BodyMap.Start.Length
                : text.Span[at..].StartsWith(BodyMap.End, StringComparison.Ordinal) ? BodyMap.End.Length : 0;
            at = marker > 0 ? Drop(at, marker) : at + 1;
        }
    }


    private void Start(HtmlStartTag tag, int start, int end)
    {
        var changed = false;
        (int Line, int Column)? position = null;
        if (tag.IndexOf(SourcePositionAttribute.Name) is var marked and >= 0)
        {
            position = SourcePositionAttribute.Parse(tag.Attributes[marked].ValueMemory.Span);
            tag.Remove(SourcePositionAttribute.Name);
            changed = true;
        }

        if (tag.IndexOf("id") is var id and >= 0 && tag.Attributes[id].HasValue)
        {
            ids.Add(tag.Attributes[id].ValueMemory); // a slice of the page, kept compactly by the facts (PageIds)
            if (position is { } at)
            {
                work.PositionedIds.Add((tag.Attributes[id].ValueMemory, at));
            }
        }

        changed |= Url(tag, position);
        if (tag.Name == "img" && !tag.Has("alt"))
        {
            imagesWithoutAlt.Add(new LinkFact("img", tag.Get("src") ?? "", position));
        }

        if (changed)
        {
            CopyTo(start);
            tag.WriteTo(output);
            copied = end;
        }

        if (!tag.IsVoid)
        {
            Push(Open(tag, position));
        }
    }

    /// <summary>Whether a link is one the pass marks as leaving the site (rel and class added): an a element's http(s) address.</summary>
    private static bool MarkedExternal(string element, ReadOnlySpan<char> url) =>
        element == "a" && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal));

    /// <summary>Records the tag's URL and rewrites it where needed; true when the tag changed.</summary>
    private bool Url(HtmlStartTag tag, (int Line, int Column)? position)
    {
        var attribute = HtmlStartTag.LinkAttribute(tag.Name);
        var index = attribute is null ? -1 : tag.IndexOf(attribute);
        if (index < 0 || !tag.Attributes[index].HasValue)
        {
            return false;
        }

        var raw = tag.Attributes[index].RawValue!;
        var url = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
        Record(tag.Name, url, position);
        var changed = false;
        if (SiteUrls.IsSiteRoot(url))
        {
            tag.Set(attribute!, Relative(raw));
            changed = true;
        }

        if (MarkedExternal(tag.Name, url))
        {
            tag.Set("rel", "external noopener");
            tag.AddClass("external");
            changed = true;
        }

        return changed;
    }

    /// <summary>Records the link among the page's facts, unless the templates wrote it on such an element before (see <see cref="Fact"/>).</summary>
    private void Record(string element, string url, (int Line, int Column)? position)
    {
        // A link the templates repeat (navigation, say) is checked once per page: its findings would be the same.
        if ((position is not null || FirstOnPage(element, url)) && Fact(element, url, position) is { } fact)
        {
            links.Add(fact);
        }
    }

    /// <summary>A site-root address as this page writes it (made once a page for each address written).</summary>
    private string Relative(string raw)
    {
        if (!relativeUrls.TryGetValue(raw, out var relative))
        {
            relativeUrls[raw] = relative = SiteUrls.ForPage(page.Path, raw, basePath);
        }

        return relative;
    }

    /// <summary>Whether this page's templates have not written <paramref name="url"/> on such an element before.</summary>
    private bool FirstOnPage(string element, string url)
    {
        ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(templateLinks, url, out _);
        var bit = ElementBit(element);
        if ((seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    /// <summary>One bit for each element that links (see <see cref="Url"/>).</summary>
    private static int ElementBit(string element) => element switch
    {
        "a" => 1,
        "link" => 2,
        "script" => 4,
        "img" => 8,
        _ => 16,
    };

    /// <summary>
    /// The link with its target resolved now, once, rather than by every check of every build; null for a link that
    /// leaves the site over https (or any scheme but plain http), which no check reads: a large site's pages have
    /// thousands (DOIs, a work's own address), and the facts are kept until the checks.
    /// </summary>
    private LinkFact? Fact(string element, string url, (int Line, int Column)? position)
    {
        if (SiteUrls.IsExternal(url))
        {
            return PageFacts.IsInsecure(element, url) ? new LinkFact(element, url, position) { External = true } : null;
        }

        if (SiteUrls.IsSiteRoot(url))
        {
            var resolved = resolveSiteRoot(url);
            // a template's link to a page (navigation, assets) recurs on every page; one to a place in a page rarely does
            return position is null && resolved.Fragment.Length == 0
                ? resolved.TemplateFact(element)
                : new LinkFact(element, resolved.Url, position) { Target = resolved.Target, Fragment = resolved.Fragment };
        }

        // a relative address, or one into this page (which the facts drop once the page has its id)
        var (target, fragment) = SiteUrls.Resolve(page.Path, url);
        return new LinkFact(element, url, position) { Target = target, Fragment = fragment };
    }

    private OpenElement Open(HtmlStartTag tag, (int Line, int Column)? position)
    {
        var inMain = openMain > 0 || tag.Name == "main";
        var inProse = openProse > 0;
        var level = HtmlStartTag.HeadingLevel(tag.Name);
        if (level > 0)
        {
            headingText.Clear();
        }

        var anchor = level is >= 2 and <= 4 && inProse ? tag.Get("id") : null;
        return new OpenElement(tag.Name, tag.Name == "main", tag.HasClass("prose"), level > 0 ? new OpenHeading(level, anchor, inMain) { Position = position } : null);
    }

    /// <param name="lt">Where the end tag begins: what the pass inserts goes before it.</param>
    private void Close(string name, int lt)
    {
        if (preview && name == "head")
        {
            CopyTo(lt);
            output.Append("<script src=\"").Append(SiteUrls.ForPage(page.Path, LiveReloadScript.Url, basePath)).Append("\" defer></script>");
        }

        if (openByBucket[Bucket(name)] == 0)
        {
            return; // a stray end tag: browsers ignore it, and so do we
        }

        var index = open.Count - 1;
        while (index >= 0 && open[index].Name != name)
        {
            index--; // an end tag that skips elements left open: closes them too, as the HTML parser's scope search does
        }

        if (index < 0)
        {
            return; // stray too, its name sharing a bucket with an open element's
        }

        if (open[index].Heading is { } heading)
        {
            var text = WebUtility.HtmlDecode(headingText.ToString()).Trim();
            // the templates' headings ("Contents", "References") recur on every page; an essay's own are its own
            headings.Add((new HeadingFact(heading.Level, heading.Anchor is null ? share(text) : text) { MarkdownPosition = heading.Position }, heading.InMain));
            if (heading.Anchor is { } id)
            {
                CopyTo(lt);
                output.Append(" <a class=\"heading-anchor\" href=\"#").Append(WebUtility.HtmlEncode(id))
                    .Append("\" aria-label=\"Link to the section “").Append(WebUtility.HtmlEncode(text)).Append("”\">#</a>");
            }
        }

        while (open.Count > index)
        {
            Pop();
        }
    }

    // The counters keep every question about the open elements O(1), however deeply a page nests. An end tag finds
    // its element at the top of the stack, but for one that skips elements left open (rare in generated HTML).
    private void Push(OpenElement element)
    {
        open.Add(element);
        openByBucket[Bucket(element.Name)]++;
        openHeadings += element.Heading is null ? 0 : 1;
        openMain += element.Main ? 1 : 0;
        openProse += element.Prose ? 1 : 0;
    }

    private void Pop()
    {
        var element = open[^1];
        open.RemoveAt(open.Count - 1);
        openByBucket[Bucket(element.Name)]--;
        openHeadings -= element.Heading is null ? 0 : 1;
        openMain -= element.Main ? 1 : 0;
        openProse -= element.Prose ? 1 : 0;
    }

    /// <summary>A bucket for an element's name from its length and its ends: no hashing of the whole name, for every tag.</summary>
    private static int Bucket(string name) => name.Length == 0 ? 0 : ((name.Length * 7) + name[0] + (name[^1] * 3)) & 63;

    internal sealed record OpenHeading(int Level, string? Anchor, bool InMain)
    {
        public (int Line, int Column)? Position { get; init; }
    }

    internal readonly record struct OpenElement(string Name, bool Main, bool Prose, OpenHeading? Heading);
}
