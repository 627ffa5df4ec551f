using System.CommandLine;

namespace OneOnOne.Journal.Bench;

/// <summary>Placeholder until the preview server exists.</summary>
internal static class PreviewLatencyCommand
{
    public static Command Create() => new("preview-latency", "Measure save-to-reload latency of preview against hugo server");
}
