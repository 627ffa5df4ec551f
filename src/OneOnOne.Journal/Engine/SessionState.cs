using System.Collections.Concurrent;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// What successive builds of one long-lived session (<c>preview</c>) keep: the <see cref="ChangeSet"/> and one
/// memo per type (<see cref="Get{T}"/>), each declared beside the module or page family that owns it (e.g.
/// <see cref="Modules.CacheDocuments"/>' results, <see cref="Modules.PageFingerprints"/>). Owned by
/// <see cref="Building.BuildSession"/>, reached through <see cref="PipelineContext.Session"/>: two sessions
/// share nothing, and a memo is collected with its session. Thread-safe.
/// </summary>
public sealed class SessionState
{
    private readonly ConcurrentDictionary<Type, object> _memos = new();

    /// <summary>What changed since the session's previous build.</summary>
    public ChangeSet Changes { get; } = new();

    /// <summary>The session's memo of type <typeparamref name="T"/>, made on first use (one per type and session).</summary>
    public T Get<T>()
        where T : class, new() => (T)_memos.GetOrAdd(typeof(T), static _ => new T());

    /// <summary>Starts a build: <see cref="ChangeSet.BeginBuild"/>, then every memo that is an <see cref="IBuildMemo"/> is told.</summary>
    /// <param name="everything">True when the build does everything again (first build, theme or settings changed).</param>
    public void BeginBuild(bool everything)
    {
        Changes.BeginBuild(everything);
        foreach (var memo in _memos.Values)
        {
            (memo as IBuildMemo)?.BeginBuild(Changes);
        }
    }
}
