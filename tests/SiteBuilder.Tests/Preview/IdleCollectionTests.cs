using SiteBuilder.Preview;

namespace SiteBuilder.Tests.Preview;

/// <summary>
/// The preview collects a build's leftovers once the reload is answered and the server is quiet: never in the middle
/// of a request or a rebuild, once per rebuild.
/// </summary>
public class IdleCollectionTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    /// <summary>Long enough for a collection that was going to happen to have happened, many times over.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private sealed class Counted
    {
        private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int count;

        public int Count => Volatile.Read(ref count);

        public Task First => first.Task;

        public void Collect()
        {
            Interlocked.Increment(ref count);
            first.TrySetResult();
        }
    }

    [Fact]
    public async Task A_due_collection_runs_once_after_the_reload_is_answered()
    {
        var (idle, collections) = Watched();

        idle.Due(1);
        Answer(idle);
        Answer(idle); // the stylesheet the page asks for

        await collections.First.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(Settle);
        Assert.Equal(1, collections.Count);
    }

    [Fact]
    public async Task Nothing_is_collected_while_a_request_is_being_answered()
    {
        var (idle, collections) = Watched();

        idle.Due(1);
        idle.RequestStarted();
        idle.RequestStarted();
        idle.RequestAnswered(); // one of two answered: the other still runs
        await Task.Delay(Settle);
        Assert.Equal(0, collections.Count);

        idle.RequestAnswered();
        await collections.First.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_rebuild_that_starts_first_cancels_the_collection_and_its_own_end_makes_one_due()
    {
        var (idle, collections) = Watched();

        idle.Due(1);
        idle.RequestStarted();
        idle.RebuildStarting(); // the author saved again before the server went quiet
        idle.RequestAnswered();
        await Task.Delay(Settle);
        Assert.Equal(0, collections.Count);

        idle.Due(2);
        Answer(idle);
        await collections.First.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Requests_with_nothing_due_collect_nothing()
    {
        var (idle, collections) = Watched();

        Answer(idle);
        idle.Due(1);
        idle.RebuildStarting();
        Answer(idle);

        await Task.Delay(Settle);
        Assert.Equal(0, collections.Count);
    }

    private static (IdleCollection Idle, Counted Collections) Watched()
    {
        var collections = new Counted();
        return (new IdleCollection(collections.Collect, Quiet), collections);
    }

    /// <summary>One request, started and answered.</summary>
    private static void Answer(IdleCollection idle)
    {
        idle.RequestStarted();
        idle.RequestAnswered();
    }
}
