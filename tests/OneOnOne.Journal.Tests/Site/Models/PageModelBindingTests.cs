using System.Reflection;
using OneOnOne.Journal.Site.Models;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site.Models;

/// <summary>
/// The contract between each theme layout and its model record (issue #17, item 3): one record per
/// layout, and every name a layout (or a partial it calls) binds is a property of that record, on every
/// branch of the layout (the theme's strict binding fails at run time only on the branches a journal takes).
/// </summary>
public sealed class PageModelBindingTests
{
    /// <summary>Every <see cref="IPageModel"/> record by the layout it declares.</summary>
    private static IEnumerable<(string Layout, Type Model)> Models() =>
        typeof(IPageModel).Assembly.GetTypes()
            .Where(t => !t.IsInterface && !t.IsAbstract && typeof(IPageModel).IsAssignableFrom(t))
            .Select(t => ((string)t.GetProperty(nameof(IPageModel.Layout), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!, t));

    private static string[] Layouts() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.sbn-html").Select(f => Path.GetFileName(f)[..^".sbn-html".Length]).Order(StringComparer.Ordinal)];

    private static string Partial(string name) => File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", name + ".sbn-html"));

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
        var text = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", layout + ".sbn-html"));

        var problems = LayoutBindings.Check($"layouts/{layout}.sbn-html", text, model, Partial);

        Assert.Empty(problems);
    }

    [Fact]
    public void AMisspeltNameInALayoutIsFound()
    {
        // the dashboard as it is, with one name misspelt inside a list and one at the top level
        var text = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "dashboard.sbn-html"));
        Assert.Contains("{{ OpenCount }}", text, StringComparison.Ordinal);
        var broken = text.Replace("{{ OpenCount }}", "{{ OpenCuont }}", StringComparison.Ordinal) + "{{ for row in Due }}{{ row.Person.Nmae }}{{ end }}";

        var problems = LayoutBindings.Check("dashboard", broken, typeof(DashboardPageModel), Partial);

        Assert.Collection(
            problems,
            p => Assert.Contains("DashboardPageModel has no property OpenCuont", p, StringComparison.Ordinal),
            p => Assert.Contains("PersonRef has no property Nmae", p, StringComparison.Ordinal));
    }

    [Fact]
    public void AMemberOfTheRowThatIsTheOuterModelsIsFound()
    {
        // inside a loop the row is a variable: row.OpenCount is not the page's OpenCount
        var problems = LayoutBindings.Check("t", "{{ for row in Overdue }}{{ row.OpenCount }}{{ OpenCount }}{{ end }}{{ for row in Overdue }}{{ else }}{{ OpenCount }}{{ end }}", typeof(DashboardPageModel), Partial);

        Assert.Equal(["t:1:32: ActionRow has no property OpenCount"], problems);
    }

    [Fact]
    public void AMisspeltNameInAPartialIsFoundThroughTheLayoutThatCallsIt()
    {
        var problems = LayoutBindings.Check("t", "{{ include \"action-table\" Overdue }}", typeof(DashboardPageModel), name => Partial(name).Replace("{{ row.Owner }}", "{{ row.Ownr }}", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Contains("partials/action-table.sbn-html", StringComparison.Ordinal) && p.Contains("ActionRow has no property Ownr", StringComparison.Ordinal));
    }
}
