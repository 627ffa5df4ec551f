namespace OneOnOne.Journal.Search;

/// <summary>
/// How much a match in a field counts, from 0 to 3 (two bits of each posting): a note's body counts
/// least, then its tags, people, goals and meeting type, then its title, then the name of a person or goal.
/// </summary>
public enum SearchField
{
    /// <summary>Body text: notes, actions, feedback, wins, a person's about text, goal comments.</summary>
    Body = 0,

    /// <summary>Tags, people met, goal titles mentioned, meeting type name, role.</summary>
    Meta = 1,

    /// <summary>The note's title.</summary>
    Title = 2,

    /// <summary>The name of a person or a goal on its own page.</summary>
    Name = 3,
}
