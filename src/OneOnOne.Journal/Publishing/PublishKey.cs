using System.Security.Cryptography;
using System.Text;

namespace OneOnOne.Journal.Publishing;

/// <summary>
/// The key a publish encrypts with (DESIGN.md, "Privacy"; issue "Publish privately"): 32 bytes
/// derived from the passphrase with PBKDF2-HMAC-SHA256 at <see cref="Iterations"/> iterations and a
/// random 16-byte salt drawn once per publish. The passphrase itself is never kept. The browser
/// derives the same key with WebCrypto from the passphrase, the salt and the iteration count written
/// into every page.
/// </summary>
public sealed class PublishKey
{
    /// <summary>PBKDF2-HMAC-SHA256 iterations: OWASP's current recommendation (Password Storage Cheat Sheet, 600,000).</summary>
    public const int Iterations = 600_000;

    /// <summary>Shortest passphrase accepted, in characters.</summary>
    public const int MinimumLength = 12;

    private readonly byte[] _key;

    private PublishKey(byte[] key, byte[] salt)
    {
        _key = key;
        Salt = salt;
    }

    /// <summary>The 16-byte salt of this publish.</summary>
    public byte[] Salt { get; }

    /// <summary>The AES-256 key (32 bytes). Keep it in memory only.</summary>
    public ReadOnlySpan<byte> Key => _key;

    /// <summary>
    /// Derives the key from a passphrase. Throws <see cref="ArgumentException"/> when the passphrase is
    /// shorter than <see cref="MinimumLength"/> characters.
    /// </summary>
    /// <param name="passphrase">The passphrase (any Unicode; encoded as UTF-8 as WebCrypto's TextEncoder does).</param>
    /// <param name="salt">The salt; null draws a new random 16-byte salt.</param>
    public static PublishKey Derive(string passphrase, byte[]? salt = null)
    {
        if (passphrase.Length < MinimumLength)
        {
            throw new ArgumentException($"the passphrase must have at least {MinimumLength} characters", nameof(passphrase));
        }

        salt ??= RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return new PublishKey(key, salt);
    }

    /// <summary>
    /// A stable opaque name for a site path (<c>people/alice/</c> → 20 hex characters): HMAC-SHA256 keyed
    /// with a sub-key of this publish's key, so names reveal nothing and change with every publish.
    /// </summary>
    public string OpaqueName(string path)
    {
        var subKey = HMACSHA256.HashData(_key, "oneonone/paths"u8);
        return Convert.ToHexStringLower(HMACSHA256.HashData(subKey, Encoding.UTF8.GetBytes(path)))[..20];
    }

    /// <summary>
    /// The 96-bit AES-GCM IV for <paramref name="plaintext"/>: the first 12 bytes of its HMAC-SHA256 under a sub-key of
    /// this key (a synthetic IV). The same content under the same key gets the same IV and so the same ciphertext, which is
    /// what lets <c>deploy</c> send only the pages that changed; different contents collide only with the probability of
    /// two random 96-bit IVs, so GCM's rule (never one IV for two messages under one key) holds as well as with random IVs.
    /// It reveals only that two files are equal, which an incremental deploy shows anyway.
    /// </summary>
    public byte[] IvFor(ReadOnlySpan<byte> plaintext)
    {
        _ivKey ??= HMACSHA256.HashData(_key, "oneonone/iv"u8);
        return HMACSHA256.HashData(_ivKey, plaintext)[..12];
    }

    private byte[]? _ivKey;

    /// <inheritdoc />
    public override string ToString() => "PublishKey(****)";
}
