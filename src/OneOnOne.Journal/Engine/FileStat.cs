namespace OneOnOne.Journal.Engine;

/// <summary>What <see cref="IFileSystem.Stat"/> says of a file.</summary>
/// <param name="Exists">Whether it is a file (a folder or nothing is false; then the other fields are 0 and <see cref="DateTime.MinValue"/>).</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="LastWriteUtc">When it was last written, UTC.</param>
public readonly record struct FileStat(bool Exists, long Length, DateTime LastWriteUtc);
