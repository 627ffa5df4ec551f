using System.Diagnostics;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>Runs a command (the built program with <c>dotnet</c>, or any executable) and captures its exit code and output.</summary>
public static class ProgramRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>The dotnet host running these tests (so child processes use the same SDK and runtime).</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The folder that holds the dotnet host and its shared runtimes (for DOTNET_ROOT).</summary>
    public static string DotnetRoot =>
        Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>Runs the built program asynchronously (as a user would, standard input not a terminal).</summary>
    public static Task<Run> RunAsync(string workingDirectory, params string[] args) =>
        Task.Run(() => Program(workingDirectory, args));

    /// <summary>Runs the built program asynchronously with extra environment variables.</summary>
    public static Task<Run> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Task.Run(() => Start(DotnetHost, workingDirectory, environment.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), [RepoPaths.ProgramDll, .. args]));

    /// <summary>Runs the built program (<see cref="RepoPaths.ProgramDll"/>) with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static Run Program(string workingDirectory, params string[] args) =>
        Start(DotnetHost, workingDirectory, null, [RepoPaths.ProgramDll, .. args]);

    /// <summary>Runs an executable; fails the test when it does not end within <paramref name="timeoutSeconds"/>.</summary>
    public static Run Start(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, IEnumerable<string> args, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // never a terminal: commands that would prompt must say what to do instead
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment.Remove("EDITOR");
        start.Environment.Remove("JOURNAL_PASSPHRASE");
        start.Environment["CI"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', args)} did not finish within {timeoutSeconds} s");
        }

        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
