namespace OneOnOne.Journal.Theming;

/// <summary>A theme file is missing or does not compile; the message starts with the file's path.</summary>
public sealed class ThemeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ThemeException(string message, Exception? inner = null) : base(message, inner) { }
}
