namespace OneOnOne.Journal.Domain;

/// <summary>
/// The journal owner's usual side of the table (<c>settings.yml</c> <c>role:</c>): decides which side a
/// meeting type's prep sheet (<c>/prep/&lt;type&gt;/</c>) shows first. Personalised sheets do not use it:
/// they follow each person's relationship.
/// </summary>
public enum OwnerRole
{
    /// <summary>Both a manager and a report (the default): the leading side first.</summary>
    Both,

    /// <summary>Mostly a manager or mentor: the leading side first.</summary>
    Manager,

    /// <summary>Mostly a report: the attending side first.</summary>
    Report,
}
