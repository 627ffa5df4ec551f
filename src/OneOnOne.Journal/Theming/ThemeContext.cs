using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OneOnOne.Journal.Theming;

/// <summary>
/// The Scriban context every theme template renders with (issue #17, items 2 and 3). Scriban writes a
/// value as it is and its maintainers declined an encoding default (scriban/scriban#388, #637), so this
/// context HTML-encodes every value an expression writes (<see cref="HtmlEncoding"/>) except an
/// <see cref="Html"/>, which is written raw; <c>include</c> returns <see cref="Html"/>, so a partial's
/// output is not encoded twice. Binding is strict: an unknown variable, member or function throws
/// (<see cref="TemplateContext.StrictVariables"/>, no relaxed member or target access) instead of
/// writing nothing; names are the C# names (the member renamer is the identity). Truthiness is what a
/// theme author expects: null, false, 0, an empty string, an empty list and empty <see cref="Html"/>
/// are false. There is no loop or output-length limit (an index of 10,000 notes is one page). Not
/// thread-safe: <see cref="Theme"/> keeps one per thread and reuses it page after page.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly WriterOutput _output = new();

    /// <summary>Creates a context whose <c>include "name" value</c> renders <paramref name="partials"/>.</summary>
    public ThemeContext(IReadOnlyDictionary<string, Template> partials)
        : base(Builtins(), StringComparer.Ordinal)
    {
        _partials = partials;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberRenamer = static member => member.Name;
        LoopLimit = 0;
        LoopLimitQueryable = 0;
        LimitToString = 0;
        AutoIndent = false;
        NewLine = "\n";
        TryGetMember = static (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
            throw new ScriptRuntimeException(span, $"{NameOf(target.GetType())} has no member `{member}` (names are as in C#, see docs/theming.md)");
        ((ScriptObject)BuiltinObject).SetValue("include", new IncludeFunction(this), readOnly: true);
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/>'s properties as its variables into <paramref name="writer"/>.</summary>
    /// <exception cref="ScriptRuntimeException">A name the model does not have, a member of null, a function that fails.</exception>
    public void Render(Template template, object model, TextWriter writer)
    {
        _output.Writer = writer;
        PushOutput(_output);
        PushGlobal(new ModelScope(model));
        try
        {
            // Evaluate rather than Template.Render(context), which makes the whole output a string to return it
            Evaluate(template.Page!);
        }
        finally
        {
            PopGlobal();
            PopOutput();
            _output.Writer = TextWriter.Null;
        }
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Html html:
                Write(html.Value);
                return this;
            case string text:
                HtmlEncoding.Write(text, 0, text.Length, static (context, s, i, n) => context.Write(s, i, n), this);
                return this;
            default:
                var value = ObjectToString(textAsObject);
                if (value is not null)
                {
                    HtmlEncoding.Write(value, 0, value.Length, static (context, s, i, n) => context.Write(s, i, n), this);
                }

                return this;
        }
    }

    /// <inheritdoc />
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        Html h => h.Value.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        decimal m => m != 0,
        ICollection c => c.Count > 0,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    /// <inheritdoc />
    /// <remarks>This program's own models are read through <see cref="ModelAccessor"/>; everything else as Scriban reads it.</remarks>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ModelAccessor.Reads(target.GetType()) ? ModelAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);

    private static ScriptObject Builtins() => GetDefaultBuiltinObject();

    /// <summary>A type's name as a theme author reads it: <c>List</c> rather than <c>List`1</c>.</summary>
    private static string NameOf(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private Html? Include(ScriptNode? caller, string name, object? value)
    {
        if (!_partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(caller?.Span ?? CurrentSpan, $"there is no partial `{name}` (theme/partials/{name}{Theme.Extension})");
        }

        // `{{ include "x" v }}` as a statement writes its value where it stands, so the partial renders straight
        // into the current output: building its text as a string first and copying it in was the largest cost
        // of rendering the big index pages (docs/benchmarks.md, "Full builds before and after the Scriban move").
        // Anywhere else (`{{ y = include "x" v }}`, an argument) the output is returned as Html to be written later.
        if (EnableOutput && caller?.Parent is ScriptExpressionStatement)
        {
            PushGlobal(new ModelScope(null, value));
            try
            {
                Evaluate(partial.Page!);
            }
            finally
            {
                PopGlobal();
            }

            return null;
        }

        using var buffer = new TextBuffer(4096);
        var output = new WriterOutput { Writer = buffer };
        PushOutput(output);
        PushGlobal(new ModelScope(null, value));
        try
        {
            Evaluate(partial.Page!);
        }
        finally
        {
            PopGlobal();
            PopOutput();
        }

        return Html.Of(buffer.ToString());
    }

    /// <summary>
    /// The variables of one render: the model's public properties by their C# names (read through Scriban's
    /// own typed accessor, so nothing is copied), or, in a partial, the one variable <c>Model</c>; plus the
    /// template's own variables (<c>{{ n = 0 }}</c>), kept apart so the model is never changed.
    /// </summary>
    private sealed class ModelScope(object? model, object? partialModel = null) : IScriptObject
    {
        private Dictionary<string, object?>? _own;

        public int Count => _own?.Count ?? 0;

        public bool IsReadOnly { get; set; }

        public IEnumerable<string> GetMembers() => _own?.Keys ?? Enumerable.Empty<string>();

        public bool Contains(string member) => (_own?.ContainsKey(member) ?? false) || (model is null && member == "Model");

        public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
        {
            if (_own is not null && _own.TryGetValue(member, out value))
            {
                return true;
            }

            if (model is null)
            {
                value = partialModel;
                return member == "Model";
            }

            return context!.GetMemberAccessor(model).TryGetValue(context, span, model, member, out value);
        }

        public bool CanWrite(string member) => true;

        public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
        {
            (_own ??= new Dictionary<string, object?>(StringComparer.Ordinal))[member] = value;
            return true;
        }

        public bool Remove(string member) => _own?.Remove(member) ?? false;

        public void SetReadOnly(string member, bool readOnly)
        {
        }

        public IScriptObject Clone(bool deep) => new ModelScope(model, partialModel);
    }

    /// <summary>Scriban output into a <see cref="TextWriter"/> that can be changed between renders.</summary>
    private sealed class WriterOutput : IScriptOutput
    {
        public TextWriter Writer { get; set; } = TextWriter.Null;

        public void Write(string text, int offset, int count) => Writer.Write(text.AsSpan(offset, count));

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary><c>include "name" value</c>: renders <c>partials/name</c> with <c>Model</c> = value, straight into the output when the include is a statement of its own, otherwise returning its output as <see cref="Html"/>.</summary>
    private sealed class IncludeFunction(ThemeContext owner) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 2;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(Html);

        public ScriptParameterInfo GetParameterInfo(int index) =>
            index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "model", null);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count is < 1 or > 2 || arguments[0] is not string name)
            {
                throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "include takes a partial's name and at most one value: include \"note-list\" Notes");
            }

            // each thread's context includes with itself; a partial never runs on another thread's context
            return ((ThemeContext)context).Include(callerContext, name, arguments.Count > 1 ? arguments[1] : null);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public override string ToString() => owner.GetType().Name + ".include";
    }
}
