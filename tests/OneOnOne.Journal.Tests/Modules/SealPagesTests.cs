using AngleSharp.Html.Parser;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Tests.Support;
using OneOnOne.Journal.Tests.Testing;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>
/// The locked shell <see cref="OneOnOne.Journal.Modules.SealPages"/> writes around each page of an encrypted publish: its
/// own links (style sheet, icon, the <c>data-root</c> unlock.js and its modules are loaded from) follow the page's, so the
/// 404 page, which a host serves at any depth, points under the base path like its sealed content does. The publish's
/// pipelines run on a journal in memory (<see cref="TestJournalFiles"/>).
/// </summary>
public sealed class SealPagesTests
{
    private const string Passphrase = "copper lantern meadow violet";

    [Fact]
    public async Task The_404_shell_links_under_the_base_path_and_other_shells_stay_relative()
    {
        var journal = new TestJournalFiles()
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "## Notes\nRoadmap.");
        var context = TestPipelineContext.Create(journal.FileSystem, TestJournalFiles.Root, BuildMode.Publish, o => o with { PublishKey = PublishKey.Derive(Passphrase), BasePath = "/team/journal/" });
        await new PipelineEngine(SitePipelines.Create(context)).RunAsync(context);
        string Read(string file) => journal.FileSystem.ReadText(file);

        var notFound = Shell(Read(Path.Combine(journal.Output, "404.html")));
        Assert.Equal(("/team/journal/assets/site.css", "/team/journal/assets/icon.svg", "/team/journal/"), notFound);
        // its sealed content was already resolved under the base path: the shell and the page agree
        Assert.Contains("href=\"/team/journal/index.html\"", SealedSite.OpenHtml(Read(Path.Combine(journal.Output, "404.html")), Passphrase).Body, StringComparison.Ordinal);

        Assert.Equal(("assets/site.css", "assets/icon.svg", ""), Shell(Read(Path.Combine(journal.Output, "index.html"))));
        var sealedPage = journal.FileSystem.FilesBelow(Path.Combine(journal.Output, "s")).First(f => f.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.Equal(("../../assets/site.css", "../../assets/icon.svg", "../../"), Shell(Read(Path.Combine(journal.Output, "s", sealedPage))));
    }

    /// <summary>The shell's style sheet, icon and <c>data-root</c>.</summary>
    private static (string? Css, string? Icon, string? Root) Shell(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal("Locked journal", doc.Title);
        return (doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"),
            doc.QuerySelector("link[rel=icon]")?.GetAttribute("href"),
            doc.GetElementById("sealed")?.GetAttribute("data-root"));
    }
}
