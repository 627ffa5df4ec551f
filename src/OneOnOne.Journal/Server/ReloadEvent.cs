using System.Text.Json.Serialization;

namespace OneOnOne.Journal.Server;

/// <summary>The data of a <c>reload</c> event as JSON (<see cref="ReloadMessage"/>); the names are the reload script's.</summary>
/// <param name="Build">The build number.</param>
/// <param name="Pages">The URL paths of the pages to reload, or null for every page.</param>
internal sealed record ReloadEvent(
    [property: JsonPropertyName("build")] int Build,
    [property: JsonPropertyName("pages")] List<string>? Pages);
