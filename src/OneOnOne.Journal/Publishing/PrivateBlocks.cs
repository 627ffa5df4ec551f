using System.Text;
using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Publishing;

/// <summary>What <see cref="PrivateBlocks.Remove"/> made of a file.</summary>
/// <param name="Text">The text without its private blocks (line breaks kept); when <see cref="Problem"/> is set, not to be published at all.</param>
/// <param name="UnclosedLine">1-based line of a block that is never closed (it runs to the end of the file), or 0.</param>
/// <param name="ProblemLine">1-based line of a marker that cannot be read with certainty, or 0.</param>
/// <param name="Problem">Why the blocks cannot be told apart with certainty, or null.</param>
public sealed record PrivateBlocksResult(string Text, int UnclosedLine, int ProblemLine, string? Problem);

/// <summary>
/// Removes <c>&lt;!-- private --&gt;</c> … <c>&lt;!-- /private --&gt;</c> blocks from Markdown for
/// publishing (DESIGN.md, "Privacy"; docs/privacy.md). Line breaks inside a block are kept, so line
/// numbers in messages still match the file.
/// </summary>
/// <remarks>
/// A marker is an HTML comment whose text, without the comment's own dashes and surrounding whitespace,
/// is <c>private</c> (optionally followed by <c>:</c> and a reason) to open, or <c>/private</c> to close, in
/// any case: so <c>&lt;!--private--&gt;</c>, <c>&lt;!--- private ---&gt;</c> and <c>&lt;!-- private: salary --&gt;</c>
/// all open a block. Blocks nest: the text stays private until the outermost block closes. A block never
/// closed runs to the end of the file: when in doubt, leave it out (<see cref="PrivateBlocksResult.UnclosedLine"/>).
/// Publishing fails closed (issue #14): any other comment that mentions <c>private</c> (<c>&lt;!-- end private --&gt;</c>,
/// <c>&lt;!-- private stuff --&gt;</c>, an unterminated <c>&lt;!-- private</c>), and a close with no open block,
/// is a <see cref="PrivateBlocksResult.Problem"/>: the caller leaves the whole file out, since where the private
/// text starts or ends cannot be told. Markers count wherever they are, code spans and blocks included.
/// </remarks>
public static partial class PrivateBlocks
{
    /// <summary>The message for a marker that cannot be read with certainty.</summary>
    public const string UnclearMessage = "cannot tell where this private block starts or ends: write <!-- private --> to open and <!-- /private --> to close";

    /// <summary>Removes the private blocks of <paramref name="markdown"/>.</summary>
    public static PrivateBlocksResult Remove(string markdown)
    {
        if (!markdown.Contains("<!--", StringComparison.Ordinal))
        {
            return new PrivateBlocksResult(markdown, 0, 0, null);
        }

        var output = new StringBuilder(markdown.Length);
        var depth = 0;
        var blockStart = 0; // where the outermost open block began
        var openLine = 0;
        var copied = 0; // markdown[..copied] is already in output (or dropped)
        var position = 0;
        while ((position = markdown.IndexOf("<!--", position, StringComparison.Ordinal)) >= 0)
        {
            var close = markdown.IndexOf("-->", position + 4, StringComparison.Ordinal);
            var inner = close < 0 ? markdown[(position + 4)..] : markdown[(position + 4)..close];
            var end = close < 0 ? markdown.Length : close + 3;
            var marker = Classify(inner, close < 0);
            if (marker == Marker.Unclear)
            {
                return Fail(markdown, position, UnclearMessage);
            }

            if (marker == Marker.Open)
            {
                if (depth++ == 0)
                {
                    output.Append(markdown, copied, position - copied);
                    blockStart = position;
                    openLine = LineAt(markdown, position);
                }
            }
            else if (marker == Marker.Close)
            {
                if (depth == 0)
                {
                    return Fail(markdown, position, "this <!-- /private --> closes no open private block, so it cannot be told which text is private; add the missing <!-- private --> or remove this line");
                }

                if (--depth == 0)
                {
                    output.Append('\n', Newlines(markdown, blockStart, end));
                    copied = end;
                }
            }

            position = end;
        }

        if (depth > 0)
        {
            output.Append('\n', Newlines(markdown, blockStart, markdown.Length));
            return new PrivateBlocksResult(output.ToString(), openLine, 0, null);
        }

        if (copied == 0)
        {
            return new PrivateBlocksResult(markdown, 0, 0, null);
        }

        output.Append(markdown, copied, markdown.Length - copied);
        return new PrivateBlocksResult(output.ToString(), 0, 0, null);
    }

    private enum Marker
    {
        None,
        Open,
        Close,
        Unclear,
    }

    private static Marker Classify(string inner, bool unterminated)
    {
        if (!inner.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            return Marker.None;
        }

        if (unterminated)
        {
            return Marker.Unclear;
        }

        var text = inner.Trim().Trim('-').Trim();
        return OpenMarker().IsMatch(text) ? Marker.Open
            : CloseMarker().IsMatch(text) ? Marker.Close
            : Marker.Unclear;
    }

    private static PrivateBlocksResult Fail(string markdown, int position, string message) =>
        new(markdown, 0, LineAt(markdown, position), message);

    private static int LineAt(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private static int Newlines(string text, int from, int to) => text.AsSpan(from, to - from).Count('\n');

    [GeneratedRegex(@"^private(\s*:.*)?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex OpenMarker();

    [GeneratedRegex(@"^/\s*private$", RegexOptions.IgnoreCase)]
    private static partial Regex CloseMarker();
}
