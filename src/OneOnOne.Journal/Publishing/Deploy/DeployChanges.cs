namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>What a deploy changed on its target (or, with <c>--dry-run</c>, would change).</summary>
/// <param name="Uploaded">Site paths (<c>/</c>-separated) written because they are new or their content changed.</param>
/// <param name="Deleted">Site paths removed from the target because the publish no longer has them.</param>
/// <param name="Unchanged">How many files the target already had with the same content.</param>
public sealed record DeployChanges(IReadOnlyList<string> Uploaded, IReadOnlyList<string> Deleted, int Unchanged);
