using System.Runtime.InteropServices;

namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// Puts a complete folder in the place of another as atomically as the file system allows. On Linux it is one
/// <c>renameat2(RENAME_EXCHANGE)</c> call (ext4, xfs, btrfs, tmpfs...): a reader sees the old folder or the new one, never
/// neither. Where that is not supported (other systems, NFS and SMB shares), two renames: the old folder moved aside, the
/// new one moved in, and the old one moved back if that fails; a reader may then find no folder for the instant
/// between the two renames, but never a partial one.
/// </summary>
public static partial class DirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Swaps <paramref name="replacement"/> into <paramref name="current"/>'s place; afterwards <paramref name="replacement"/>'s
    /// path holds the previous folder (for the caller to delete). Both must exist, as siblings on one file system.
    /// </summary>
    /// <returns>True when the swap was one atomic exchange, false when it took two renames.</returns>
    /// <exception cref="IOException">Neither way worked; <paramref name="current"/> is left as it was.</exception>
    public static bool Exchange(string replacement, string current)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (Renameat2(AtFdCwd, replacement, AtFdCwd, current, RenameExchange) == 0)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // a C library without renameat2 (glibc before 2.28, some musl builds): the two renames below
            }
        }

        var aside = replacement + ".old";
        Directory.Move(current, aside);
        try
        {
            Directory.Move(replacement, current);
        }
        catch
        {
            Directory.Move(aside, current);
            throw;
        }

        Directory.Move(aside, replacement);
        return false;
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Renameat2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
