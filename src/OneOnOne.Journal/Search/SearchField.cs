namespace OneOnOne.Journal.Search;

/// <summary>
/// How much a match in a field counts, from 0 to 3 (two bits of each posting): a note's body counts
/// least, then its tags, people, goals and meeting type, then the title of a note or goal, then a person's name.
/// </summary>
public enum SearchField
{
    /// <summary>Body text: notes, actions, feedback, wins, a person's about text, goal comments.</summary>
    Body = 0,

    /// <summary>Tags, people met, goal titles mentioned, meeting type name, role.</summary>
    Meta = 1,

    /// <summary>The title of a note or of a goal.</summary>
    Title = 2,

    /// <summary>The name (or an alias) of a person, on the person's own page: a name search lists the person first.</summary>
    Name = 3,
}
