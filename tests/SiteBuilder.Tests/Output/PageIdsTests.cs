using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class PageIdsTests
{
    [Fact]
    public void Finds_each_id_and_no_other()
    {
        var ids = new PageIds(["intro-p2", "cite-10", "intro-p1", "cite-1", "références", "intro-p1", "a"]);

        Assert.Equal(6, ids.Count);
        foreach (var id in new[] { "intro-p1", "intro-p2", "cite-1", "cite-10", "références", "a" })
        {
            Assert.True(ids.Contains(id), id);
        }

        foreach (var id in new[] { "", "intro", "intro-p", "intro-p3", "cite-", "cite-100", "References", "b", "A" })
        {
            Assert.False(ids.Contains(id), id);
        }

        Assert.Equal(["a", "cite-1", "cite-10", "intro-p1", "intro-p2", "références"], ids.All());
        Assert.Equal([("intro-p1", 2)], ids.Duplicates);
        Assert.Empty(new PageIds(["x", "y"]).Duplicates);
    }

    [Fact]
    public void Pages_with_the_same_ids_in_any_order_have_the_same_set()
    {
        Assert.True(new PageIds(["b", "a", "b"]).SameAs(new PageIds(["a", "b"])));
        Assert.False(new PageIds(["ab"]).SameAs(new PageIds(["a", "b"])));
        Assert.False(new PageIds(["a"]).SameAs(new PageIds(["a", "b"])));
        Assert.True(new PageIds([]).SameAs(new PageIds([])));
        Assert.False(new PageIds([]).Contains("a"));
    }

    [Fact]
    public void Many_ids_with_shared_prefixes_and_repeats_read_as_a_sorted_set_of_them()
    {
        var random = new Random(11);
        var written = Enumerable.Range(0, 400).Select(_ => random.Next(6) switch
        {
            0 => "cite-" + random.Next(60),
            1 => "section-" + random.Next(9) + "-p" + random.Next(30),
            2 => "fn:" + random.Next(20),
            3 => "ré" + new string('e', random.Next(5)),
            4 => "",
            _ => "x" + random.Next(1000),
        }).ToList();
        var ids = new PageIds(written);

        var expected = written.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, ids.All());
        Assert.All(expected, id => Assert.True(ids.Contains(id), id));
        Assert.False(ids.Contains("x1000"));
        Assert.Equal(
            written.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => (g.Key, g.Count())),
            ids.Duplicates);
        var reversed = Enumerable.Reverse(written).ToList();
        Assert.True(ids.SameAs(new PageIds(reversed)));
    }
}
