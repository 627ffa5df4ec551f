namespace OneOnOne.Journal.Tests.Support;

/// <summary>Paths of the repository the tests run from (found by walking up to OneOnOne.Journal.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string SampleInput => Path.Combine(Root, "input");

    public static string ProjectDir => Path.Combine(Root, "src", "OneOnOne.Journal");

    /// <summary>The built program (same configuration as the tests).</summary>
    public static string ProgramDll => Path.Combine(AppContext.BaseDirectory, "OneOnOne.Journal.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneOnOne.Journal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OneOnOne.Journal.sln not found above " + AppContext.BaseDirectory);
    }
}
