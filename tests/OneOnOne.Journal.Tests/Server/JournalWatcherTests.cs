using OneOnOne.Journal.Server;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>The watcher behind <c>preview</c>: a burst of writes (an editor's save) gives one rebuild; changes apart give one each; the output folder is ignored.</summary>
public sealed class JournalWatcherTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan BurstQuiet = TimeSpan.FromMilliseconds(1500);

    [Fact]
    public async Task An_editors_save_in_several_writes_calls_back_once_with_every_path()
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        var note = Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-01-alice.md");
        var calls = 0;
        var paths = new System.Collections.Concurrent.ConcurrentQueue<string?>();
        using var watcher = new JournalWatcher(journal.Root, Path.Combine(journal.Root, "theme"), journal.Output, _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; }, paths.Enqueue, BurstQuiet);

        // truncate and write, then a swap file written and renamed over the note, as editors save; here with
        // short gaps between the steps, each of which a watcher without a quiet time would report. The gaps are
        // synchronous sleeps of 30 ms against a quiet time of 1.5 s: an awaited delay on a loaded CI machine once
        // resumed after the quiet time had passed and the burst was (rightly) reported twice.
        File.WriteAllText(note, "");
        Thread.Sleep(30);
        File.WriteAllText(note, "---\ndate: 2026-06-01\nwith: alice\n---\nfirst\n");
        Thread.Sleep(30);
        File.WriteAllText(note + ".swp", "---\ndate: 2026-06-01\nwith: alice\n---\nsecond\n");
        Thread.Sleep(30);
        File.Move(note + ".swp", note, overwrite: true);
        await WaitForAsync(() => calls > 0);
        await Task.Delay(BurstQuiet * 2);

        Assert.Equal(1, calls);
        Assert.Contains(Path.GetFullPath(note), paths);
        Assert.Contains(Path.GetFullPath(note) + ".swp", paths);
    }

    [Fact]
    public async Task Saves_further_apart_than_the_quiet_time_call_back_once_each_and_output_changes_never()
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        Directory.CreateDirectory(journal.Output);
        var note = Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-01-alice.md");
        var calls = 0;
        using var watcher = new JournalWatcher(journal.Root, Path.Combine(journal.Root, "theme"), journal.Output, _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; }, _ => { }, Quiet);

        File.AppendAllText(note, "one\n");
        await WaitForAsync(() => calls == 1);
        File.AppendAllText(note, "two\n");
        await WaitForAsync(() => calls == 2);
        File.WriteAllText(Path.Combine(journal.Output, "index.html"), "<p>written by a build</p>");
        await Task.Delay(Quiet * 3);

        Assert.Equal(2, calls);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "the watcher did not call back within 10 s");
    }
}
