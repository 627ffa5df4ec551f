using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneOnOne.Journal.Search;
using OneOnOne.Journal.Server;
using OneOnOne.Journal.Site;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal;

/// <summary>
/// Every type the tool writes as JSON, with its serialiser generated at compile time (issue #19, item 1): a
/// native (AOT) build has no runtime code generation and keeps no metadata for reflection-based
/// serialisation, so <c>JsonSerializer</c> is only ever called with a <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo"/>
/// from here. The JSON is what reflection wrote before: properties in declaration order, the same names.
/// A type missing here fails at run time with <see cref="NotSupportedException"/> (the page fingerprint
/// then renders the page again, see <see cref="Modules.RenderLayout"/>); every <see cref="IPageModel"/> is in the
/// list (a test checks it).
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<int>))]
[JsonSerializable(typeof(List<int[]>))]
[JsonSerializable(typeof(SortedDictionary<string, List<int>>))]
[JsonSerializable(typeof(SearchMeta))]
[JsonSerializable(typeof(ReloadEvent))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(NoteRow))]
[JsonSerializable(typeof(ActionsPageModel))]
[JsonSerializable(typeof(AttentionPageModel))]
[JsonSerializable(typeof(BasePageModel))]
[JsonSerializable(typeof(DashboardPageModel))]
[JsonSerializable(typeof(GoalPageModel))]
[JsonSerializable(typeof(GoalsPageModel))]
[JsonSerializable(typeof(NotFoundPageModel))]
[JsonSerializable(typeof(NotePageModel))]
[JsonSerializable(typeof(NotesPageModel))]
[JsonSerializable(typeof(NotesYearPageModel))]
[JsonSerializable(typeof(PeoplePageModel))]
[JsonSerializable(typeof(PersonPageModel))]
[JsonSerializable(typeof(PrepIndexPageModel))]
[JsonSerializable(typeof(PrepPageModel))]
[JsonSerializable(typeof(PrepPersonPageModel))]
[JsonSerializable(typeof(ReviewIndexPageModel))]
[JsonSerializable(typeof(ReviewPageModel))]
[JsonSerializable(typeof(ReviewPersonPageModel))]
[JsonSerializable(typeof(SealedPageModel))]
[JsonSerializable(typeof(SearchPageModel))]
internal sealed partial class JournalJson : JsonSerializerContext
{
    /// <summary>
    /// For the search index's files: non-ASCII text and HTML-significant characters written as they are
    /// (the shards are JavaScript files read by the site's own script, never HTML), as before.
    /// </summary>
    public static JournalJson Search { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// For a page model's fingerprint (<see cref="Modules.RenderLayout"/>): a cycle is cut rather than
    /// thrown, and deep models are allowed; the JSON is only hashed, never written.
    /// </summary>
    public static JournalJson Fingerprint { get; } = new(new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.IgnoreCycles, MaxDepth = 256 });
}
