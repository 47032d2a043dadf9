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
}
