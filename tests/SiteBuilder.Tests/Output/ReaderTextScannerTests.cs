using AngleSharp.Html.Parser;
using SiteBuilder.Build;
using SiteBuilder.Checks;
using SiteBuilder.Output;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Output;

public class ReaderTextScannerTests
{
    private static string FromDom(string html) => FidelityCheck.Normalize(FidelityCheck.ReaderText(new HtmlParser().ParseDocument(html)));

    [Theory]
    [InlineData("<main><p>One sentence.</p><p>Another one.</p></main>")]
    [InlineData("<html><head><title>T &amp; U</title></head><body><nav><a href=\"/\">Home</a></nav><main><h1>Title</h1><p>Text</p></main><footer>Foot</footer></body></html>")]
    [InlineData("<main><h2 id=\"a\">Head <a class=\"heading-anchor\" href=\"#a\">#</a></h2><p>Love is kind <span class=\"citation\">(<a href=\"/r/\">Smith, 2001</a>)</span>.</p></main>")]
    [InlineData("<main><p>Caf&eacute; &amp; &lt;tea&gt; &#8212; &#x2014;&nbsp;done</p></main>")]
    [InlineData("<main><ul><li>one</li><li>two <em>three</em></li></ul><dl><dt>term</dt><dd>definition</dd></dl></main>")]
    [InlineData("<main><p>before</p><!-- a comment <p>not text</p> --><pre>\ncode line\n  indented</pre><p>after<br>break<img src=\"x.png\" alt=\"x\"></p></main>")]
    [InlineData("<main><span class=\"citation other\"><span>nested <b>deeply</b></span></span><p>kept</p><script>var x = \"<p>\";</script></main>")]
    [InlineData("<main><table><thead><tr><th>H</th></tr></thead><tbody><tr><td>cell one</td><td>cell two</td></tr></tbody></table></main>")]
    [InlineData("<main><textarea>\nraw &amp; text</textarea><blockquote><p>Quoted.</p></blockquote></main>")]
    public void Reads_what_the_dom_reads(string html)
    {
        var scanned = ReaderTextScanner.Of(html);

        Assert.NotNull(scanned);
        Assert.Equal(FromDom(html), scanned.ToString());
    }

    [Theory]
    [InlineData("<main><p>an unclosed paragraph<p>and another</main>")]
    [InlineData("<main><p>a paragraph <div>with a block in it</div></p></main>")]
    [InlineData("<main><div/>text</main>")]
    [InlineData("<main><svg><title>icon</title></svg></main>")]
    [InlineData("<main><ul><li>one<li>two</ul></main>")]
    [InlineData("<main><table>stray text<tr><td>x</td></tr></table></main>")]
    [InlineData("<main><a href=\"/\">outer <a href=\"/x\">inner</a></a></main>")]
    [InlineData("<body><p>no main element</p></body>")]
    [InlineData("<main>one</main><main>two</main>")]
    public void Leaves_to_the_dom_what_a_parser_would_repair(string html)
    {
        Assert.Null(ReaderTextScanner.Of(html));
    }

    [Fact]
    public void Reads_every_page_the_build_writes_as_the_dom_does()
    {
        var result = SiteBuild.Run(TestSite.Parse(Sites.Minimal));
        var pages = result.Files.Where(f => f.IsHtml).ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var scanned = ReaderTextScanner.Of(page.Text);
            Assert.True(scanned is not null, $"{page.Path} fell back to the DOM");
            Assert.Equal(FromDom(page.Text), scanned.ToString());
        }
    }
}
