namespace OneOnOne.Journal.Domain;

/// <summary>A person the owner meets (DESIGN.md, "A person": <c>input/people/&lt;id&gt;.md</c>).</summary>
/// <param name="Id">The file stem, e.g. <c>alice-chen</c>; also the slug of the person's pages.</param>
/// <param name="Name">Display name; defaults to the id, title-cased.</param>
/// <param name="Role">Job title, or null.</param>
/// <param name="Relationship">How they relate to the owner.</param>
/// <param name="Cadence">How often the owner means to meet them.</param>
/// <param name="Since">When the working relationship started (ISO date), or null.</param>
/// <param name="Aliases">Other names notes may use.</param>
/// <param name="UsualType">Meeting type id given in the person file (<c>type:</c>), or null to use the most frequent one.</param>
/// <param name="AboutHtml">The person file's body rendered to HTML.</param>
/// <param name="SourcePath">The person file, relative to the journal root.</param>
public sealed record Person(
    string Id,
    string Name,
    string? Role,
    Relationship Relationship,
    Cadence Cadence,
    DateOnly? Since,
    IReadOnlyList<string> Aliases,
    string? UsualType,
    string AboutHtml,
    string SourcePath)
{
    /// <summary>
    /// When the working relationship ended (<c>until:</c>, ISO date, the last day it was active), or null while it goes on.
    /// After it, no meeting is expected or overdue.
    /// </summary>
    public DateOnly? Until { get; init; }

    /// <summary>True when the relationship ended before <paramref name="today"/> (<see cref="Until"/> in the past): a former colleague.</summary>
    public bool IsFormer(DateOnly today) => Until is { } until && until < today;

    /// <summary>The default display name for an id: hyphen-separated words, title-cased (alice-chen → Alice Chen).</summary>
    public static string NameFromId(string id) =>
        string.Join(' ', id.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>True when no person file exists and the person was inferred from a name a note gives (issue #15).</summary>
    public bool IsInferred { get; init; }
}
