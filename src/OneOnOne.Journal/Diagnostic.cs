namespace OneOnOne.Journal;

/// <summary>
/// A problem found in the user's input, reported as <c>path:line:column: severity: message</c>
/// (the format compilers use, so editors can jump to it) and shown on the "needs attention" page.
/// </summary>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="Path">The file, relative to the journal root, with forward slashes.</param>
/// <param name="Line">1-based line in the file; 1 when the whole file is concerned.</param>
/// <param name="Column">1-based column; 1 when unknown.</param>
/// <param name="Message">A plain sentence that says what is wrong and how to fix it.</param>
public sealed record Diagnostic(Severity Severity, string Path, int Line, int Column, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string path, int line, string message, int column = 1) => new(Severity.Error, path, line, column, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string path, int line, string message, int column = 1) => new(Severity.Warning, path, line, column, message);

    /// <summary>Creates an info: not a problem, never counted as a warning or an error (<see cref="Severity.Info"/>).</summary>
    public static Diagnostic Info(string path, int line, string message, int column = 1) => new(Severity.Info, path, line, column, message);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {Severity switch { Severity.Error => "error", Severity.Info => "info", _ => "warning" }}: {Message}";
}
