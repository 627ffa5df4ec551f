namespace OneOnOne.Journal.Pipelines;

/// <summary>
/// The name of every pipeline of the site, in one place: <see cref="SitePipelines"/> declares the pipelines by these
/// names, and a module that reads another pipeline's output (<c>BuildJournal.From</c>, <c>CreateNotes.From</c>) looks it up by them.
/// The names also show in <c>--verbose</c> timings.
/// </summary>
public static class PipelineNames
{
    /// <summary>The people (<c>input/people</c>), one document per person.</summary>
    public const string People = "People";

    /// <summary>The meeting types (the theme's and <c>input/meeting-types</c>).</summary>
    public const string MeetingTypes = "MeetingTypes";

    /// <summary>The notes, one document per note file.</summary>
    public const string Notes = "Notes";

    /// <summary>The journal's model (<c>Domain.JournalModel</c>), one document.</summary>
    public const string Journal = "Journal";

    /// <summary>The search index files under <c>search/</c>.</summary>
    public const string SearchIndex = "SearchIndex";

    /// <summary>The theme's assets and <c>robots.txt</c>.</summary>
    public const string Assets = "Assets";

    /// <summary>The dashboard (<c>/</c>).</summary>
    public const string DashboardPage = "DashboardPage";

    /// <summary>The people index and each person's timeline.</summary>
    public const string PeoplePages = "PeoplePages";

    /// <summary>Each note's page.</summary>
    public const string NotePages = "NotePages";

    /// <summary>The notes index and its pages per year.</summary>
    public const string NotesIndexPage = "NotesIndexPage";

    /// <summary>The goals index and each goal's page.</summary>
    public const string GoalPages = "GoalPages";

    /// <summary>The open actions.</summary>
    public const string ActionsPage = "ActionsPage";

    /// <summary>The prep sheets for the next 1:1s.</summary>
    public const string PrepPages = "PrepPages";

    /// <summary>The "needs attention" page (<c>/attention/</c>).</summary>
    public const string AttentionPage = "AttentionPage";

    /// <summary>The year reviews.</summary>
    public const string ReviewPages = "ReviewPages";

    /// <summary>The search page (<c>/search/</c>) and the 404 page.</summary>
    public const string SearchPage = "SearchPage";
}
