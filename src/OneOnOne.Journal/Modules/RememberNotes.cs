using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// In preview (<see cref="PipelineContext.Session"/>), records the build's notes once all of them are made: the
/// files listed last time and gone now (<see cref="ListingMemo.TakeGone"/>) affect the people of the notes they made
/// (a removed person or meeting type forces a full render) and their results are forgotten (<see cref="ModuleResults"/>);
/// and the site's <see cref="RenderScope"/> learns which people each note page shows, for this build and the next save.
/// Passes its inputs on unchanged; does nothing in a full build.
/// </summary>
public sealed class RememberNotes : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Session is not { } session)
        {
            return Task.FromResult(inputs);
        }

        var results = session.Get<ModuleResults>();
        foreach (var gone in session.Get<ListingMemo>().TakeGone())
        {
            if (!gone.StartsWith("input/notes/", StringComparison.Ordinal))
            {
                session.Changes.AffectEverything();
            }
            else
            {
                foreach (var old in results.CachedNotes(gone))
                {
                    session.Changes.Affect(old.With);
                }
            }

            results.Forget(gone);
        }

        session.Get<RenderScope>().RememberNotes(inputs);
        return Task.FromResult(inputs);
    }
}
