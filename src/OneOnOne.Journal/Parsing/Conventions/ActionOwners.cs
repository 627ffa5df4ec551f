using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// The ways people name an action item's owner besides <c>@id</c> (issue #15; docs/journal-format.md, "Action items"):
/// <c>Draft the plan → Jordan</c>, <c>-&gt; Jordan</c>, <c>Owner: Jordan Lee</c>, <c>Draft the plan (Jordan)</c>, and a
/// <c>[[Jordan Lee]]</c> link at the start or end of the item. A written name is resolved like <c>with:</c> is (id, name
/// or alias), else as one person's first name (<see cref="PersonDirectory.Match"/>); <c>me</c>, <c>I</c>, the journal
/// owner's name and the owner's own person file are the owner (<c>me</c>).
/// </summary>
public static partial class ActionOwners
{
    /// <summary>The most words a written owner name has; more is a sentence, not a name, and is left in the text.</summary>
    private const int MaxNameWords = 4;

    /// <summary>Finds an owner written as an arrow, <c>Owner:</c> or a trailing <c>(Name)</c>, and removes it from the text.</summary>
    /// <param name="text">The item's text, dates already removed.</param>
    /// <returns>The text without the owner, the name as written (or null), and a plain message when an arrow names nobody.</returns>
    public static (string Text, string? Owner, string? Problem) Written(string text)
    {
        if (text.Contains("->", StringComparison.Ordinal) || text.Contains('→') || text.Contains("wner", StringComparison.OrdinalIgnoreCase))
        {
            var match = Arrow().Match(text);
            if (match.Success)
            {
                var name = match.Groups["name"].Value.Trim();
                if (name.Length == 0)
                {
                    return (text.Remove(match.Index, match.Length) + match.Groups["rest"].Value, null, $"'{match.Groups["mark"].Value}' names no owner; write the owner's name or id after it");
                }

                if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords)
                {
                    return (text.Remove(match.Index, match.Length) + " " + match.Groups["rest"].Value, name, null);
                }
            }
        }

        if (text.EndsWith(')'))
        {
            var match = Parenthesised().Match(text);
            if (match.Success)
            {
                return (text[..match.Index], match.Groups["name"].Value.Trim(), null);
            }
        }

        return (text, null, null);
    }

    /// <summary>The person a task item links to at its start or end (<c>[[Jordan Lee]]</c>, already a link to <c>~/people/&lt;id&gt;/</c>), with the link's text; null when there is none.</summary>
    public static (string Id, string Label)? Linked(ContainerInline inline)
    {
        Inline? first = null;
        Inline? last = null;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Extensions.TaskLists.TaskList || child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                continue;
            }

            first ??= child;
            last = child;
        }

        foreach (var candidate in new[] { first, last })
        {
            if (candidate is LinkInline { IsImage: false, Url: { } url } link && url.StartsWith("~/people/", StringComparison.Ordinal))
            {
                return (url["~/people/".Length..].TrimEnd('/'), MarkdownAnalyzer.InlineText(link));
            }
        }

        return null;
    }

    /// <summary>Resolves an owner as written to a person id or <c>me</c>.</summary>
    /// <param name="owner">The owner as the item gives it: an <c>@id</c> (lower case) or a written name.</param>
    /// <param name="people">Resolves ids, names and aliases.</param>
    /// <param name="ownerName">The journal owner's name (settings <c>owner</c>), or null.</param>
    /// <returns>The id (or <c>me</c>), or null with a plain message when nobody, or more than one person, has that name.</returns>
    public static (string? Id, string? Problem) Resolve(string owner, PersonDirectory people, string? ownerName)
    {
        var key = ActionKey.From(owner);
        if (key is "me" or "i" || ownerName is not null && key == ActionKey.From(ownerName))
        {
            return ("me", null);
        }

        var found = people.Match(owner);
        if (found is [var id])
        {
            return (people.ById[id].Relationship == Relationship.Self ? "me" : id, null);
        }

        var shown = IsId(owner) ? "@" + owner : owner;
        return found.Count > 1
            ? (null, $"the owner '{shown}' of an action item could be {string.Join(" or ", found)}; write the person's id")
            : (null, $"unknown owner '{shown}' of an action item; use @me or a person id");
    }

    private static bool IsId(string owner) => owner.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

    // an arrow (or "Owner:") and the name after it, up to a separator; "rest" keeps what follows the separator
    [GeneratedRegex(@"\s*(?<mark>→|->|\b[Oo]wner:)\s*(?<name>[^,;|()\[\]]*?)\s*(?<rest>[,;|(\[].*)?$")]
    private static partial Regex Arrow();

    // "(Jordan)", "(Jordan Lee)", "(me)" at the end: capitalised words, so "(optional)" or "(WIP)" stay text
    [GeneratedRegex(@"\s*\((?<name>me|Me|[\p{Lu}][\p{Ll}'’\-]+(?:\s+[\p{Lu}][\p{Ll}'’.\-]*){0,3})\)\s*$")]
    private static partial Regex Parenthesised();
}
