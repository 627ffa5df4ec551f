using System.Reflection;
using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// Checks the names a Handlebars layout binds against the record type of its model (issue #17, item 3:
/// an unknown member in a template is an error). Walks the template's mustaches with a stack of
/// context types: <c>{{#each X}}</c> enters X's element type (its <c>{{else}}</c> goes back out),
/// <c>{{#if X}}</c> / <c>{{#unless X}}</c> check X and keep the context, <c>{{&gt; partial X}}</c> checks
/// the partial with X's type as its context, <c>../</c> goes up one context, <c>@index</c>, <c>@first</c>,
/// <c>@last</c> are Handlebars' own. Names are matched ordinally against public instance properties.
/// </summary>
public static partial class LayoutBindings
{
    [GeneratedRegex(@"\{\{\{?\s*(?<kind>[#/>^]?)\s*(?<body>[^}]*?)\s*\}?\}\}")]
    private static partial Regex Mustache();

    /// <summary>Every problem found in <paramref name="template"/> bound to <paramref name="model"/>, as <c>name: message</c>; empty when every name resolves.</summary>
    /// <param name="name">The template's name for the messages (e.g. <c>layouts/note.hbs</c>).</param>
    /// <param name="template">The template's text.</param>
    /// <param name="model">The type of the model the template renders.</param>
    /// <param name="partial">Reads a partial's text by name (from <c>theme/partials/</c>).</param>
    public static IReadOnlyList<string> Check(string name, string template, Type model, Func<string, string> partial)
    {
        var problems = new List<string>();
        Walk(name, template, model, partial, problems, depth: 0);
        return problems;
    }

    private sealed record Block(string Kind, bool Entered);

    private static void Walk(string name, string template, Type model, Func<string, string> partial, List<string> problems, int depth)
    {
        var contexts = new List<Type> { model };
        var blocks = new Stack<Block>();
        foreach (Match m in Mustache().Matches(template))
        {
            var kind = m.Groups["kind"].Value;
            var body = m.Groups["body"].Value;
            var line = template.AsSpan(0, m.Index).Count('\n') + 1;
            var where = $"{name}:{line}: {m.Value}";
            var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (kind)
            {
                case "#":
                    if (words.Length != 2 || words[0] is not ("each" or "if" or "unless" or "with"))
                    {
                        problems.Add($"{where}: block helper the checker does not know");
                        blocks.Push(new Block(words.Length > 0 ? words[0] : "", false));
                        break;
                    }

                    var target = Resolve(words[1], contexts, where, problems);
                    if (words[0] == "each")
                    {
                        var element = target is null ? null : ElementType(target);
                        if (target is not null && element is null)
                        {
                            problems.Add($"{where}: {target.Name} is not a list");
                        }

                        contexts.Add(element ?? typeof(object));
                        blocks.Push(new Block("each", true));
                    }
                    else if (words[0] == "with")
                    {
                        contexts.Add(target ?? typeof(object));
                        blocks.Push(new Block("with", true));
                    }
                    else
                    {
                        blocks.Push(new Block(words[0], false));
                    }

                    break;
                case "/":
                    if (blocks.Count == 0 || blocks.Peek().Kind != body)
                    {
                        problems.Add($"{where}: closes a block that is not open");
                        break;
                    }

                    if (blocks.Pop().Entered)
                    {
                        contexts.RemoveAt(contexts.Count - 1);
                    }

                    break;
                case ">":
                    if (depth > 8 || words.Length is < 1 or > 2)
                    {
                        problems.Add($"{where}: partial call the checker does not know");
                        break;
                    }

                    var context = words.Length == 2 ? Resolve(words[1], contexts, where, problems) : contexts[^1];
                    if (context is not null)
                    {
                        Walk($"{name} > partials/{words[0]}.hbs", partial(words[0]), context, partial, problems, depth + 1);
                    }

                    break;
                case "^":
                    problems.Add($"{where}: inverse section the checker does not know");
                    break;
                default:
                    if (body == "else")
                    {
                        // the {{else}} of an each renders with the context outside the list
                        if (blocks.Count > 0 && blocks.Peek() is { Kind: "each", Entered: true })
                        {
                            blocks.Pop();
                            blocks.Push(new Block("each", false));
                            contexts.RemoveAt(contexts.Count - 1);
                        }

                        break;
                    }

                    if (words.Length != 1)
                    {
                        problems.Add($"{where}: helper call the checker does not know");
                        break;
                    }

                    Resolve(body, contexts, where, problems);
                    break;
            }
        }

        if (blocks.Count > 0)
        {
            problems.Add($"{name}: {blocks.Count} block(s) not closed");
        }
    }

    /// <summary>The type a path names in the current contexts, or null (with a problem) when a member is unknown.</summary>
    private static Type? Resolve(string path, List<Type> contexts, string where, List<string> problems)
    {
        if (path is "@index" or "@first" or "@last")
        {
            return path == "@index" ? typeof(int) : typeof(bool);
        }

        var level = contexts.Count - 1;
        while (path.StartsWith("../", StringComparison.Ordinal))
        {
            path = path[3..];
            level--;
            if (level < 0)
            {
                problems.Add($"{where}: ../ above the layout's model");
                return null;
            }
        }

        if (path == "this")
        {
            return contexts[level];
        }

        if (path.StartsWith("this.", StringComparison.Ordinal))
        {
            path = path[5..];
        }

        var type = contexts[level];
        foreach (var member in path.Split('.'))
        {
            var property = type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance);
            if (property is null || property.GetIndexParameters().Length > 0)
            {
                problems.Add($"{where}: {type.Name} has no property {member}");
                return null;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
