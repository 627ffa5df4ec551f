namespace OneOnOne.Journal.Building;

/// <summary>
/// What an output folder holds, as recorded in its <see cref="OutputFolder.Marker"/> file (a <c>kind:</c> line),
/// so that <c>publish</c> can tell with certainty a finished publish from an unencrypted build (issue #14).
/// </summary>
public enum OutputKind
{
    /// <summary>No marker, a marker that is not a regular file, or one written before kinds were recorded: treated as not a publish (fail closed).</summary>
    Unknown,

    /// <summary><c>build</c> or <c>preview</c>: every note, private ones included, unencrypted.</summary>
    Build,

    /// <summary>A publish being built (a staging folder, or a publish build run without staging): not complete, so not a publish yet.</summary>
    Publishing,

    /// <summary>A publish that completed and was swapped into place.</summary>
    Publish,
}
