using OneOnOne.Journal.Theming;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>The model of the theme's <c>base</c> layout: head, navigation with the current section marked, footer.</summary>
internal sealed class ShellFactory(JournalModel journal, PipelineContext context)
{
    /// <summary>The page loader script as the base layout writes it (one object for every page).</summary>
    private static readonly Html PageLoader = new(SiteScripts.PageLoader);

    /// <summary>
    /// The Content-Security-Policy of every page (DESIGN.md, "Privacy"): nothing from another host; styles and
    /// images only from the site itself (<c>file:</c> too, for pages opened from disk); scripts only the site's own
    /// (<see cref="SiteScripts"/>: <c>file:</c> is not allowed, so a <c>&lt;script src="file:///…"&gt;</c> in a note
    /// does not run from disk); no plugin, frame, <c>&lt;base&gt;</c>, or form sent elsewhere.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'self' file:; img-src 'self' file: data:; {SiteScripts.ScriptSrc}; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self' file:";

    private static readonly (string Section, string Label, string Url)[] Sections =
    [
        ("dashboard", "Dashboard", "~/"),
        ("people", "People", "~/people/"),
        ("notes", "Notes", "~/notes/"),
        ("goals", "Goals", "~/goals/"),
        ("actions", "Actions", "~/actions/"),
        ("prep", "Prep", "~/prep/"),
        ("review", "Review", "~/review/"),
    ];

    // infos (files that are not 1:1 notes) are not problems: they never light the attention badge
    private readonly int _attention = context.Diagnostics.Count(d => d.Severity != Severity.Info);

    public BasePageModel Create(Document page, Html body) =>
        Create(page.Get<string>(Keys.Title) ?? journal.Title, page.Get<string>(Keys.Section) ?? "", page.Get<bool>(Keys.Printable), body);

    /// <summary>The base layout's model for a page of <paramref name="section"/> with that title and body.</summary>
    public BasePageModel Create(string title, string section, bool printable, Html body) => new(
        SiteTitle: journal.Title,
        Title: title,
        Body: body,
        Csp: ContentSecurityPolicy,
        Loader: PageLoader,
        Printable: printable,
        Nav: Sections.Select(s => new NavLink(s.Label, s.Url, s.Section == section)).ToList(),
        Attention: _attention,
        HasAttention: _attention > 0,
        AttentionCurrent: section == "attention",
        Today: Format.Date(journal.Today),
        Owner: journal.Owner,
        IsPublish: context.Options.Mode == BuildMode.Publish);

    /// <summary>The title of a page as the base layout receives it.</summary>
    public string TitleOf(Document page) => page.Get<string>(Keys.Title) ?? journal.Title;
}
