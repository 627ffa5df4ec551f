using System.Reflection;
using OneOnOne.Journal.Site.Models;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site.Models;

/// <summary>
/// The contract between each theme layout and its model record (issue #17, item 3): one record per
/// layout, and every name a layout (or a partial it calls) binds is a property of that record. Today
/// Handlebars.Net renders a misspelt name as empty text; these tests make it a failure now, as the
/// Scriban theme will at run time.
/// </summary>
public sealed class PageModelBindingTests
{
    /// <summary>Every <see cref="IPageModel"/> record by the layout it declares.</summary>
    private static IEnumerable<(string Layout, Type Model)> Models() =>
        typeof(IPageModel).Assembly.GetTypes()
            .Where(t => !t.IsInterface && !t.IsAbstract && typeof(IPageModel).IsAssignableFrom(t))
            .Select(t => ((string)t.GetProperty(nameof(IPageModel.Layout), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!, t));

    private static string[] Layouts() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.hbs").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    private static string Partial(string name) => File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", name + ".hbs"));

    public static TheoryData<string> LayoutNames()
    {
        var data = new TheoryData<string>();
        foreach (var layout in Layouts())
        {
            data.Add(layout);
        }

        return data;
    }

    [Fact]
    public void EveryLayoutHasExactlyOneModelRecordAndEveryRecordALayout()
    {
        var models = Models().ToList();
        Assert.Equal(Layouts(), models.Select(m => m.Layout).Order(StringComparer.Ordinal));
        Assert.All(models, m =>
        {
            Assert.True(m.Model.IsSealed, $"{m.Model.Name} is not sealed");
            Assert.NotNull(m.Model.GetMethod("<Clone>$")); // a record, so the model is a value with the names of its parameters
        });
    }

    [Theory]
    [MemberData(nameof(LayoutNames))]
    public void EveryNameTheLayoutBindsIsAPropertyOfItsModel(string layout)
    {
        var model = Models().Single(m => m.Layout == layout).Model;
        var text = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", layout + ".hbs"));

        var problems = LayoutBindings.Check($"layouts/{layout}.hbs", text, model, Partial);

        Assert.Empty(problems);
    }

    [Fact]
    public void AMisspeltNameInALayoutIsFound()
    {
        // the dashboard as it is, with one name misspelt inside a list and one at the top level
        var text = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "dashboard.hbs"));
        Assert.Contains("{{OpenCount}}", text, StringComparison.Ordinal);
        var broken = text.Replace("{{OpenCount}}", "{{OpenCuont}}", StringComparison.Ordinal) + "{{#each Due}}{{Person.Nmae}}{{/each}}";

        var problems = LayoutBindings.Check("dashboard", broken, typeof(DashboardPageModel), Partial);

        Assert.Collection(
            problems,
            p => Assert.Contains("DashboardPageModel has no property OpenCuont", p, StringComparison.Ordinal),
            p => Assert.Contains("PersonRef has no property Nmae", p, StringComparison.Ordinal));
    }

    [Fact]
    public void ANameOfTheOuterModelUsedInsideAListIsFound()
    {
        // inside {{#each Overdue}} the context is an action row: the page's OpenCount is ../OpenCount there
        var problems = LayoutBindings.Check("t", "{{#each Overdue}}{{OpenCount}}{{../OpenCount}}{{/each}}{{#each Overdue}}{{else}}{{OpenCount}}{{/each}}", typeof(DashboardPageModel), Partial);

        Assert.Equal(["t:1: {{OpenCount}}: ActionRow has no property OpenCount"], problems);
    }

    [Fact]
    public void AMisspeltNameInAPartialIsFoundThroughTheLayoutThatCallsIt()
    {
        var problems = LayoutBindings.Check("t", "{{> action-table Overdue}}", typeof(DashboardPageModel), name => Partial(name).Replace("{{Owner}}", "{{Ownr}}", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Contains("partials/action-table.hbs", StringComparison.Ordinal) && p.Contains("ActionRow has no property Ownr", StringComparison.Ordinal));
    }
}
