namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>goals</c> layout (<c>/goals/</c>).</summary>
/// <param name="People">Each person with goals, by name.</param>
/// <param name="InFlight">Number of goals in flight.</param>
/// <param name="Done">Number of goals done.</param>
/// <param name="AtRisk">Number of goals in flight that need help.</param>
/// <param name="Stale">Number of stale goals (not touched for the journal's stale-goal days).</param>
internal sealed record GoalsPageModel(IReadOnlyList<GoalsOfPerson> People, int InFlight, int Done, int AtRisk, int Stale) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "goals";
}

/// <summary>One person's goals on the goals index.</summary>
/// <param name="Person">Link to the person.</param>
/// <param name="InFlight">Goals in flight, those needing help first, then last touched first.</param>
/// <param name="Finished">Goals no longer in flight, last touched first.</param>
/// <param name="FinishedCount">Number of <paramref name="Finished"/> (kept from the Handlebars theme, which could not count a list).</param>
internal sealed record GoalsOfPerson(PersonRef Person, IReadOnlyList<GoalRow> InFlight, IReadOnlyList<GoalRow> Finished, int FinishedCount);
