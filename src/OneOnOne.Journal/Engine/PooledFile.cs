namespace OneOnOne.Journal.Engine;

/// <summary>A file read by <see cref="IFileSystem.ReadPooled"/>.</summary>
/// <param name="Rented">The bytes (the first <see cref="Length"/>), in a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/> that the caller returns; null when <see cref="TooLarge"/>.</param>
/// <param name="Length">How many bytes were read.</param>
/// <param name="Size">When the file was too large: its size in bytes as far as it was known (its length, or the bytes read when it grew while read); 0 otherwise.</param>
public readonly record struct PooledFile(byte[]? Rented, int Length, long Size)
{
    /// <summary>Whether the file was larger than asked and not kept.</summary>
    public bool TooLarge => Rented is null;
}
