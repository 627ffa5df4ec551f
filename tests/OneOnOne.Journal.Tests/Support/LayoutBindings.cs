using System.Reflection;
using Scriban;
using Scriban.Syntax;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// Checks the names a Scriban layout binds against the record type of its model, without rendering (issue #17,
/// item 3). The theme fails at run time on an unknown name (strict binding), but only on the branches a journal
/// takes; this walks every branch. It follows the template's syntax tree with the types it knows: a top-level
/// name is a property of the model, <c>for x in List</c> gives <c>x</c> the list's element type,
/// <c>a.B</c> is a property of <c>a</c>'s type, <c>include "partial" Value</c> checks the partial with
/// <c>Model</c> of the value's type, and <c>for.index</c> / <c>for.last</c> are Scriban's own. Names are matched
/// ordinally against public instance properties (the theme's member renamer is the identity).
/// </summary>
public static class LayoutBindings
{
    /// <summary>Every problem found in <paramref name="template"/> bound to <paramref name="model"/>, as <c>name:line:column: message</c>; empty when every name resolves.</summary>
    /// <param name="name">The template's name for the messages (e.g. <c>layouts/note.sbn-html</c>).</param>
    /// <param name="template">The template's text.</param>
    /// <param name="model">The type of the model the template renders.</param>
    /// <param name="partial">Reads a partial's text by name (from <c>theme/partials/</c>).</param>
    public static IReadOnlyList<string> Check(string name, string template, Type model, Func<string, string> partial)
    {
        var problems = new List<string>();
        Walk(name, template, new Scope(model, null), partial, problems, depth: 0);
        return problems;
    }

    /// <summary>What names mean in a template: the model's properties (or, in a partial, just <c>Model</c>) and the loop variables in effect.</summary>
    private sealed record Scope(Type? Model, Type? PartialModel)
    {
        public Dictionary<string, Type?> Locals { get; } = new(StringComparer.Ordinal);
    }

    private static void Walk(string name, string text, Scope scope, Func<string, string> partial, List<string> problems, int depth)
    {
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            problems.AddRange(template.Messages.Select(m => m.ToString()));
            return;
        }

        Node(template.Page!, scope, partial, problems, depth);
    }

    private static void Node(ScriptNode? node, Scope scope, Func<string, string> partial, List<string> problems, int depth)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptForStatement loop:
                var list = TypeOf(loop.Iterator, scope, partial, problems, depth);
                var element = list is null ? null : ElementType(list);
                if (list is not null && element is null)
                {
                    problems.Add($"{Where(loop.Iterator!)}: {list.Name} is not a list");
                }

                var variable = ((ScriptVariable)loop.Variable!).Name;
                var previous = scope.Locals.TryGetValue(variable, out var shadowed);
                scope.Locals[variable] = element;
                Node(loop.Body, scope, partial, problems, depth);
                if (previous)
                {
                    scope.Locals[variable] = shadowed;
                }
                else
                {
                    scope.Locals.Remove(variable);
                }

                Node(loop.Else, scope, partial, problems, depth);
                return;
            case ScriptExpression expression:
                TypeOf(expression, scope, partial, problems, depth);
                return;
            default:
                foreach (var child in node.Children)
                {
                    Node(child, scope, partial, problems, depth);
                }

                return;
        }
    }

    /// <summary>The type of <paramref name="e"/> when it is a name or a member (null when unknown), with its names checked.</summary>
    private static Type? TypeOf(ScriptExpression? e, Scope scope, Func<string, string> partial, List<string> problems, int depth)
    {
        switch (e)
        {
            case ScriptVariable v when v.Name == "for":
                return null;
            case ScriptVariable v:
                if (scope.Locals.TryGetValue(v.Name, out var local))
                {
                    return local;
                }

                if (scope.Model is null)
                {
                    if (v.Name == "Model")
                    {
                        return scope.PartialModel;
                    }

                    problems.Add($"{Where(v)}: a partial has no variable {v.Name} (its value is Model)");
                    return null;
                }

                return Property(scope.Model, v, problems);
            case ScriptMemberExpression { Target: ScriptVariable { Name: "for" } }:
                return null;
            case ScriptMemberExpression m:
                var target = TypeOf(m.Target, scope, partial, problems, depth);
                return target is null || m.Member is null ? null : Property(target, m.Member, problems);
            case ScriptFunctionCall { Target: ScriptVariable { Name: "include" } } call:
                if (call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name } && depth < 8)
                {
                    var value = call.Arguments.Count > 1 ? TypeOf(call.Arguments[1], scope, partial, problems, depth) : null;
                    Walk($"partials/{name}.sbn-html", partial(name), new Scope(null, value ?? typeof(object)), partial, problems, depth + 1);
                }

                return null;
            default:
                foreach (var child in e?.Children ?? [])
                {
                    Node(child, scope, partial, problems, depth);
                }

                return null;
        }
    }

    private static Type? Property(Type type, ScriptVariable name, List<string> problems)
    {
        if (type == typeof(object))
        {
            return null;
        }

        var property = type.GetProperty(name.Name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null)
        {
            problems.Add($"{Where(name)}: {type.Name} has no property {name.Name}");
            return null;
        }

        return Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type == typeof(string) ? null
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Where(ScriptNode node) => $"{node.Span.FileName}:{node.Span.Start.Line + 1}:{node.Span.Start.Column + 1}";
}
