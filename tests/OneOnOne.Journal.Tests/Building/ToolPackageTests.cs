using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// The .NET tool as a new user gets it (slow: packs the project, about a minute): <c>dotnet pack</c>,
/// <c>dotnet tool install --tool-path</c> from the packed folder only (offline: a nuget.config with no
/// other source, and a private package cache so that no stale copy is reused), then <c>oneonone init</c>,
/// <c>oneonone new</c> and <c>oneonone build</c> in a folder without <c>theme/</c>: the theme comes from the package.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installed_into_a_tool_path_builds_a_journal_without_a_theme_folder()
    {
        var temp = Path.Combine(Path.GetTempPath(), "oneonone-tool-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(temp);
        try
        {
            var packages = Path.Combine(temp, "nupkg");
            var pack = ProgramRunner.Start(ProgramRunner.DotnetHost, temp, null,
                ["pack", RepoPaths.ProjectDir, "-o", packages, "--artifacts-path", Path.Combine(temp, "artifacts"), "-v", "q"], timeoutSeconds: 600);
            Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
            Assert.Single(Directory.EnumerateFiles(packages, "OneOnOne.Journal.*.nupkg"));

            var config = Path.Combine(temp, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{packages}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(temp, "tools");
            var cache = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(temp, "packages") };
            var install = ProgramRunner.Start(ProgramRunner.DotnetHost, temp, cache,
                ["tool", "install", "--tool-path", tools, "OneOnOne.Journal", "--configfile", config], timeoutSeconds: 300);
            Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
            var oneonone = Path.Combine(tools, OperatingSystem.IsWindows() ? "oneonone.exe" : "oneonone");
            Assert.True(File.Exists(oneonone), "the tool's command is oneonone");

            var journal = Path.Combine(temp, "my-notes");
            var init = ProgramRunner.Start(oneonone, temp, null, ["init", "my-notes", "--today", "2026-06-01"]);
            Assert.True(init.ExitCode == 0, init.Stderr);
            var next = ProgramRunner.Start(oneonone, journal, null, ["new", "alex", "--date", "2026-06-08"]);
            Assert.True(next.ExitCode == 0, next.Stderr);
            Assert.Contains("@alex-example Write down three goals", File.ReadAllText(Path.Combine(journal, next.Stdout.Trim())), StringComparison.Ordinal);

            var build = ProgramRunner.Start(oneonone, journal, null, ["build", "--today", "2026-06-09"]);

            Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
            Assert.Contains("2 notes, 1 people", build.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(journal, "theme")));
            Assert.True(File.Exists(Path.Combine(journal, "output", "people", "alex-example", "index.html")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "site.css")), File.ReadAllBytes(Path.Combine(journal, "output", "assets", "site.css")));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
