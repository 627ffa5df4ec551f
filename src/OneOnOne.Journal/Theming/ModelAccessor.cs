using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OneOnOne.Journal.Theming;

/// <summary>
/// How a template reads the members of this program's own page models and view rows (issue #17): the public
/// instance properties and fields of the type by their C# names, as Scriban's own typed accessor reads them,
/// but through a getter made once per member and shared by every thread and build, instead of a reflection
/// call per read. A <see cref="bool"/> comes back as one of two shared boxes, so an <c>{{ if row.IsOpen }}</c>
/// allocates nothing. Read-only: a template cannot change a model. An unknown member is reported by
/// <see cref="ThemeContext"/> (<c>TryGetMember</c>), as for any other type.
/// </summary>
/// <remarks>
/// Why: the page models are read member by member in every loop of every index page; in a profile of a
/// 10,000-note build the reflection calls and the boxes they made were a tenth of the theme's rendering
/// (docs/benchmarks.md, "Full builds before and after the Scriban move"). Where the runtime cannot compile
/// code (a Native AOT build), the getters are the ones System.Text.Json's source generator wrote for the page models
/// (<see cref="JournalJson"/>), and <see cref="PropertyInfo.GetValue(object)"/>, which is what Scriban would
/// have done, for any member it does not know.
/// </remarks>
internal sealed class ModelAccessor : IObjectAccessor
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly ConditionalWeakTable<Type, ModelAccessor> ByType = new();

    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    private ModelAccessor(FrozenDictionary<string, Func<object, object?>> getters) => _getters = getters;

    /// <summary>True for a type whose members this accessor reads: a class or record of this program that is not a collection.</summary>
    public static bool Reads(Type type) =>
        type.Assembly == typeof(ModelAccessor).Assembly && type.IsClass && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type);

    /// <summary>The accessor of <paramref name="type"/>, made on first use and kept for the life of the type.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Only types of this assembly are read (Reads), and the project roots this assembly (TrimmerRootAssembly), so their members are kept.")]
    public static ModelAccessor For(Type type) => ByType.GetValue(type, static t => new ModelAccessor(GettersOf(t)));

    private static FrozenDictionary<string, Func<object, object?>> GettersOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields)] Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        var generated = RuntimeFeature.IsDynamicCodeSupported ? null : GeneratedGetters(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                getters.TryAdd(property.Name, generated?.GetValueOrDefault(property.Name) is { } get ? Boxed(property, get) : Getter(property));
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            getters.TryAdd(field.Name, field.GetValue);
        }

        return getters.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Where the runtime cannot compile code: the getters System.Text.Json's source generator wrote for the type at
    /// compile time (<see cref="JournalJson"/> lists every page model, and so every type a model holds), by the
    /// C# name (that context has no naming policy, and no model renames a property for JSON). A direct call, where
    /// <see cref="PropertyInfo.GetValue(object)"/> is a reflection call with its checks; null for a type the context does not know.
    /// </summary>
    internal static Dictionary<string, Func<object, object?>>? GeneratedGetters(Type type)
    {
        if (JournalJson.Default.GetTypeInfo(type) is not { Kind: System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object } info)
        {
            return null;
        }

        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in info.Properties)
        {
            if (property.Get is { } get && property.AttributeProvider is PropertyInfo { DeclaringType: not null } member && member.Name == property.Name)
            {
                getters.TryAdd(property.Name, get);
            }
        }

        return getters;
    }

    /// <summary>A generated getter, a <see cref="bool"/> coming back as one of the two shared boxes.</summary>
    private static Func<object, object?> Boxed(PropertyInfo property, Func<object, object?> get) =>
        property.PropertyType == typeof(bool) ? target => get(target) is true ? True : False : get;

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            return property.GetValue;
        }

        // (object target) => (object)((T)target).Property, a bool as one of the two shared boxes
        var target = Expression.Parameter(typeof(object), "target");
        Expression read = Expression.Property(Expression.Convert(target, property.DeclaringType!), property);
        read = property.PropertyType == typeof(bool)
            ? Expression.Condition(read, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(read, target).Compile();
    }

    /// <inheritdoc />
    public bool HasIndexer => false;

    /// <inheritdoc />
    public Type? IndexType => null;

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
