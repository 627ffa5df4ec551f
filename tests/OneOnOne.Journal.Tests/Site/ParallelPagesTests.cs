using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Tests.Site;

/// <summary><see cref="ParallelPages"/>: the pages come out in the items' order, each made once, on more than one thread when there are cores for it.</summary>
public sealed class ParallelPagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(37)]
    public void Pages_come_out_in_the_items_order_each_made_once(int count)
    {
        var items = Enumerable.Range(0, count).ToList();
        var made = new System.Collections.Concurrent.ConcurrentBag<int>();

        var pages = ParallelPages.Make(items, i =>
        {
            made.Add(i);
            Thread.SpinWait(1000 * (count - i)); // the first items take longest, so they finish last
            return new Page($"p/{i}/index.html", "layout", $"page {i}", "section", i);
        }).ToList();

        Assert.Equal(items.Select(i => $"p/{i}/index.html"), pages.Select(p => p.Destination));
        Assert.Equal(items, made.Order());
    }

    [Fact]
    public void A_slice_is_made_on_several_threads_when_the_machine_has_several_cores()
    {
        if (Environment.ProcessorCount < 2)
        {
            return; // one core: Parallel.For makes one item after the other, and the barrier below would never open
        }

        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        using var both = new Barrier(2);

        // two items of one slice wait for each other: that only returns when two threads make them at once
        var pages = ParallelPages.Make([0, 1], i =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            Assert.True(both.SignalAndWait(TimeSpan.FromSeconds(30)), "the second item was not made while the first was");
            return new Page($"p/{i}/index.html", "layout", "", "section", i);
        }).ToList();

        Assert.Equal(2, pages.Count);
        Assert.Equal(2, threads.Count);
    }
}
