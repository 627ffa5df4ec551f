using System.IO.Compression;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// The .NET tool as a new user gets it (issue #19, items 1 and 2): the RID-specific packages packed once
/// (<see cref="PackedTool"/>, slow), installed into a tool path with the same <c>dotnet tool install</c> line as
/// before; on linux-x64 the installed <c>oneonone</c> is the native (Native AOT) executable, with the default
/// theme beside it, and builds exactly what the JIT build does.
/// </summary>
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [Fact]
    public void Installed_tool_is_native_and_runs_init_new_build_check_and_review_without_a_theme_folder()
    {
        // the pointer package carries no program; the linux-x64 one carries a native executable and no assembly
        Assert.Equal(
            ["OneOnOne.Journal.0.1.0.nupkg", "OneOnOne.Journal.any.0.1.0.nupkg", "OneOnOne.Journal.linux-x64.0.1.0.nupkg"],
            Directory.EnumerateFiles(tool.Packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(tool.Command), "the tool's command is oneonone");
        var installed = Directory.EnumerateFiles(Path.Combine(tool.ToolPath, ".store"), "OneOnOne.Journal*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}tools{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileName).ToList();
        Assert.Contains("OneOnOne.Journal", installed);
        Assert.DoesNotContain("OneOnOne.Journal.dll", installed);
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(Directory.EnumerateFiles(Path.Combine(tool.ToolPath, ".store"), "OneOnOne.Journal", SearchOption.AllDirectories).Single())[..4]);

        var home = Path.Combine(tool.Temp, "native-run");
        Directory.CreateDirectory(home);
        var journal = Path.Combine(home, "my-notes");
        var init = ProgramRunner.Start(tool.Command, home, null, ["init", "my-notes", "--today", "2026-06-01"]);
        Assert.True(init.ExitCode == 0, init.Stderr);
        var next = ProgramRunner.Start(tool.Command, journal, null, ["new", "alex", "--date", "2026-06-08"]);
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Contains("@alex-example Write down three goals", File.ReadAllText(Path.Combine(journal, next.Stdout.Trim())), StringComparison.Ordinal);

        var build = ProgramRunner.Start(tool.Command, journal, null, ["build", "--today", "2026-06-09"]);
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.Contains("2 notes, 1 people", build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(journal, "theme")));
        Assert.True(File.Exists(Path.Combine(journal, "output", "people", "alex-example", "index.html")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "site.css")), File.ReadAllBytes(Path.Combine(journal, "output", "assets", "site.css")));

        var check = ProgramRunner.Start(tool.Command, journal, null, ["check", "--today", "2026-06-09"]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Equal(ProgramRunner.Program(journal, "check", "--today", "2026-06-09"), check);

        var review = ProgramRunner.Start(tool.Command, journal, null, ["review", "--year", "2026", "--today", "2026-06-09"]);
        Assert.True(review.ExitCode == 0, review.Stdout + review.Stderr);
        Assert.Contains("Still open: Write down three goals", review.Stdout, StringComparison.Ordinal);
        Assert.Equal(ProgramRunner.Program(journal, "review", "--year", "2026", "--today", "2026-06-09"), review);
    }

    [Fact]
    public void Native_build_of_the_sample_journal_writes_the_same_bytes_as_the_jit_build()
    {
        using var journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));
        var native = ProgramRunner.Start(tool.Command, journal.Root, null, ["build", "--output", "native", "--today", "2026-11-22"]);
        var jit = ProgramRunner.Program(journal.Root, "build", "--output", "jit", "--today", "2026-11-22");

        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.Stdout, native.Stdout);
        var fromJit = TempJournal.Snapshot(Path.Combine(journal.Root, "jit"));
        var fromNative = TempJournal.Snapshot(Path.Combine(journal.Root, "native"));
        Assert.True(fromJit.Count > 100, $"the sample builds into {fromJit.Count} files");
        Assert.Equal(fromJit.Keys, fromNative.Keys);
        Assert.Empty(fromJit.Where(kv => fromNative[kv.Key] != kv.Value).Select(kv => kv.Key));
    }

    [Fact]
    public void Framework_dependent_package_for_other_platforms_carries_the_program_and_the_theme_and_builds()
    {
        // what `dotnet tool install` unpacks on a platform without a native package: run here with the dotnet host
        var unpacked = Path.Combine(tool.Temp, "any");
        ZipFile.ExtractToDirectory(Path.Combine(tool.Packages, "OneOnOne.Journal.any.0.1.0.nupkg"), unpacked, overwriteFiles: true);
        var program = Directory.EnumerateFiles(unpacked, "OneOnOne.Journal.dll", SearchOption.AllDirectories).Single();
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "site.css")),
            File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(program)!, "theme", "assets", "site.css")));

        var home = Path.Combine(tool.Temp, "any-run");
        Directory.CreateDirectory(home);
        var init = ProgramRunner.Start(ProgramRunner.DotnetHost, home, null, [program, "init", "notes", "--today", "2026-06-01"]);
        Assert.True(init.ExitCode == 0, init.Stderr);
        var build = ProgramRunner.Start(ProgramRunner.DotnetHost, Path.Combine(home, "notes"), null, [program, "build", "--today", "2026-06-09"]);
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.True(File.Exists(Path.Combine(home, "notes", "output", "people", "alex-example", "index.html")));
    }
}
