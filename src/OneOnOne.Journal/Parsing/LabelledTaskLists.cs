using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// A Markdig extension (add it after the task-list extension) that renders task-list checkboxes with an
/// accessible name, <c>aria-label="done"</c> or <c>aria-label="open"</c>, which screen readers need (WCAG 4.1.2):
/// the same markup that <c>RenderMarkdown.LabelTaskBoxes</c> gives Markdig's plain boxes, written directly
/// instead of by replacing strings in each rendered page. A box with generic attributes (<c>{.class}</c>) is
/// written as Markdig writes it, unlabelled, as before.
/// </summary>
public sealed class LabelledTaskLists : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<Renderer>())
        {
            if (!html.ObjectRenderers.Replace<HtmlTaskListRenderer>(new Renderer()))
            {
                html.ObjectRenderers.Add(new Renderer());
            }
        }
    }

    private sealed class Renderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj)
        {
            if (!renderer.EnableHtmlForInline)
            {
                renderer.Write('[');
                renderer.Write(obj.Checked ? "x" : " ");
                renderer.Write(']');
                return;
            }

            var attributes = obj.TryGetAttributes();
            var plain = attributes is null
                || (attributes.Id is null && (attributes.Classes is null || attributes.Classes.Count == 0) && (attributes.Properties is null || attributes.Properties.Count == 0));
            renderer.Write("<input").WriteAttributes(obj).Write(" disabled=\"disabled\" type=\"checkbox\"");
            if (obj.Checked)
            {
                renderer.Write(" checked=\"checked\"");
            }

            if (plain)
            {
                renderer.Write(obj.Checked ? " aria-label=\"done\"" : " aria-label=\"open\"");
            }

            renderer.Write(" />");
        }
    }
}
