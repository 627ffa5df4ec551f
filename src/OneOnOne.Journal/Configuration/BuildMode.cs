namespace OneOnOne.Journal.Configuration;

/// <summary>What the site is built for (DESIGN.md, "Command line").</summary>
public enum BuildMode
{
    /// <summary><c>build</c>: everything, private content included, for the owner's machine.</summary>
    Build,

    /// <summary><c>preview</c>: like build, served on localhost with live reload.</summary>
    Preview,

    /// <summary><c>publish</c>: private content left out, for a static host.</summary>
    Publish,
}
