using OneOnOne.Journal.Site.Models;
using OneOnOne.Journal.Theming;
using Scriban;
using Scriban.Parsing;

namespace OneOnOne.Journal.Tests.Theming;

/// <summary>
/// The accessor the theme reads this program's models through (issue #17): every public property by its C# name, the
/// values as the record holds them, a bool as a shared box, nothing to write, and an unknown name reported as missing.
/// </summary>
public sealed class ModelAccessorTests
{
    private static readonly TemplateContext Context = new();

    [Fact]
    public void Reads_every_property_of_a_page_row_as_the_record_holds_it()
    {
        var row = new NavLink("People & <teams>", "~/people/", IsCurrent: true);
        var accessor = ModelAccessor.For(typeof(NavLink));

        Assert.Equal(["IsCurrent", "Label", "Url"], accessor.GetMembers(Context, default, row).Order(StringComparer.Ordinal));
        Assert.True(accessor.TryGetValue(Context, default, row, "Label", out var label));
        Assert.Equal("People & <teams>", label);
        Assert.True(accessor.TryGetValue(Context, default, row, "IsCurrent", out var current));
        Assert.Equal(true, current);
        Assert.True(accessor.TryGetValue(Context, default, row with { IsCurrent = false }, "IsCurrent", out var notCurrent));
        Assert.Equal(false, notCurrent);
        // the two booleans are shared boxes, so a template's `if` allocates nothing
        accessor.TryGetValue(Context, default, row with { Label = "x" }, "IsCurrent", out var again);
        Assert.Same(current, again);
    }

    [Fact]
    public void An_unknown_name_is_missing_and_nothing_can_be_written()
    {
        var row = new NavLink("People", "~/people/", IsCurrent: false);
        var accessor = ModelAccessor.For(typeof(NavLink));

        Assert.False(accessor.TryGetValue(Context, default, row, "label", out _));
        Assert.False(accessor.HasMember(Context, default, row, "Lable"));
        Assert.False(accessor.TrySetValue(Context, default, row, "Label", "changed"));
        Assert.Equal("People", row.Label);
    }

    [Fact]
    public void Only_this_programs_classes_that_are_not_collections_are_read_this_way()
    {
        Assert.True(ModelAccessor.Reads(typeof(NavLink)));
        Assert.True(ModelAccessor.Reads(typeof(Html)));
        Assert.False(ModelAccessor.Reads(typeof(string)));
        Assert.False(ModelAccessor.Reads(typeof(List<NavLink>)));
        Assert.False(ModelAccessor.Reads(typeof(SourceSpan)));
    }

    [Fact]
    public void A_native_build_reads_the_page_models_through_the_getters_generated_for_json()
    {
        // what the native build uses instead of compiled getters: same names, same values as the record holds
        var row = new NavLink("People", "~/people/", IsCurrent: true);
        var generated = ModelAccessor.GeneratedGetters(typeof(NavLink));
        Assert.NotNull(generated);
        Assert.Equal(["IsCurrent", "Label", "Url"], generated.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("~/people/", generated["Url"](row));
        Assert.Equal(true, generated["IsCurrent"](row));

        // every page model: a generated getter for each public property, so none falls back to a reflection call
        var models = typeof(IPageModel).Assembly.GetTypes().Where(t => typeof(IPageModel).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
        Assert.NotEmpty(models);
        foreach (var model in models)
        {
            var properties = model.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);
            Assert.Equal(properties, (ModelAccessor.GeneratedGetters(model)?.Keys.AsEnumerable() ?? []).Order(StringComparer.Ordinal));
        }
    }
}
