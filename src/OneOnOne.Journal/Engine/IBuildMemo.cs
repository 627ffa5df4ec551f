namespace OneOnOne.Journal.Engine;

/// <summary>A <see cref="SessionState"/> memo that forgets or resets something when a build of its session starts.</summary>
public interface IBuildMemo
{
    /// <summary>Called by <see cref="SessionState.BeginBuild"/> after <paramref name="changes"/> has begun the build.</summary>
    void BeginBuild(ChangeSet changes);
}
