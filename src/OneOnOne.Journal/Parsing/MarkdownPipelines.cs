using Markdig;

namespace OneOnOne.Journal.Parsing;

/// <summary>The Markdig pipelines the journal uses, built once (they are thread-safe and costly to build).</summary>
public static class MarkdownPipelines
{
    /// <summary>
    /// Notes, people and meeting types: CommonMark plus task lists, pipe and grid tables, heading ids,
    /// auto-links, emphasis extras, footnotes and the rest of Markdig's advanced extensions.
    /// Raw HTML is kept (the journal is the user's own writing; the page's Content-Security-Policy blocks scripts),
    /// except that <c>meta</c>, <c>base</c> and <c>link</c> tags are written as text (<see cref="InertPageTags"/>).
    /// Dataview, Tasks and Templater leftovers are one muted line (<see cref="ObsidianLeftovers"/>).
    /// Task-list boxes carry <c>aria-label="done"</c> / <c>"open"</c> (<see cref="LabelledTaskLists"/>).
    /// </summary>
    public static readonly MarkdownPipeline Notes = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Use<LabelledTaskLists>()
        .Use<InertPageTags>()
        .Use<ObsidianLeftovers>()
        .Build();
}
