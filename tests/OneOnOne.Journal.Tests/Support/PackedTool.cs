namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// The .NET tool as a new user gets it, packed once per test run (slow: the linux-x64 package is a Native AOT
/// publish, a few minutes on two cores): <c>dotnet pack</c> (the pointer package <c>OneOnOne.Journal</c>),
/// <c>dotnet pack -r linux-x64</c> (its native implementation) and <c>dotnet pack -r any</c> (the
/// framework-dependent one for every other platform), each into a private artifacts folder; then
/// <c>dotnet tool install --tool-path</c> from the packed folder only (offline: a nuget.config with no other
/// source, and a private package cache so that no stale copy is reused). Needs a linux-x64 machine with a C
/// toolchain (clang or gcc), as CI is (.ci/run installs one): Native AOT does not cross-compile.
/// </summary>
public sealed class PackedTool : IDisposable
{
    /// <summary>Packs and installs the tool into a new temporary folder.</summary>
    public PackedTool()
    {
        Temp = Path.Combine(Path.GetTempPath(), "oneonone-tool-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Temp);
        Packages = Path.Combine(Temp, "nupkg");
        var artifacts = Path.Combine(Temp, "artifacts");
        foreach (var rid in new string?[] { null, "linux-x64", "any" })
        {
            string[] args = ["pack", RepoPaths.ProjectDir, "-o", Packages, "--artifacts-path", artifacts, "-v", "q", .. rid is null ? Array.Empty<string>() : ["-r", rid]];
            var pack = ProgramRunner.Start(ProgramRunner.DotnetHost, Temp, null, args, timeoutSeconds: 1500);
            Assert.True(pack.ExitCode == 0, $"dotnet {string.Join(' ', args)}\n{pack.Stdout}{pack.Stderr}");
        }

        var config = Path.Combine(Temp, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(Temp, "tools");
        var cache = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(Temp, "packages") };
        var install = ProgramRunner.Start(ProgramRunner.DotnetHost, Temp, cache,
            ["tool", "install", "--tool-path", tools, "OneOnOne.Journal", "--configfile", config], timeoutSeconds: 300);
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
        ToolPath = tools;
        Command = Path.Combine(tools, "oneonone");
    }

    /// <summary>The temporary folder everything is in (removed on dispose).</summary>
    public string Temp { get; }

    /// <summary>The folder holding the packed <c>.nupkg</c> files.</summary>
    public string Packages { get; }

    /// <summary>The tool path the tool was installed into.</summary>
    public string ToolPath { get; }

    /// <summary>The installed <c>oneonone</c> command.</summary>
    public string Command { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Temp, recursive: true);
        }
        catch (IOException)
        {
            // a process of a failed test may still hold a file; the temp folder is the system's to clean then
        }
    }
}
