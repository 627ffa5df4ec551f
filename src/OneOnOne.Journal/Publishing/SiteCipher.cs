using System.Security.Cryptography;

namespace OneOnOne.Journal.Publishing;

/// <summary>
/// Encrypts one file's content with AES-256-GCM under the publish key and the content's synthetic 96-bit IV
/// (<see cref="PublishKey.IvFor"/>: equal content, equal ciphertext, so a deploy re-sends only what changed),
/// in the layout WebCrypto's <c>decrypt({name: "AES-GCM", iv}, key, data)</c> expects: ciphertext
/// followed by the 16-byte tag.
/// </summary>
public static class SiteCipher
{
    /// <summary>Encrypts <paramref name="plaintext"/>.</summary>
    /// <returns>The 12-byte IV and ciphertext‖tag.</returns>
    public static (byte[] Iv, byte[] Sealed) Encrypt(PublishKey key, ReadOnlySpan<byte> plaintext)
    {
        var iv = key.IvFor(plaintext);
        var sealedBytes = new byte[plaintext.Length + 16];
        using var aes = new AesGcm(key.Key, tagSizeInBytes: 16);
        aes.Encrypt(iv, plaintext, sealedBytes.AsSpan(0, plaintext.Length), sealedBytes.AsSpan(plaintext.Length));
        return (iv, sealedBytes);
    }

    /// <summary>Decrypts ciphertext‖tag; throws <see cref="AuthenticationTagMismatchException"/> for a wrong key or tampered data.</summary>
    public static byte[] Decrypt(PublishKey key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - 16];
        using var aes = new AesGcm(key.Key, tagSizeInBytes: 16);
        aes.Decrypt(iv, sealedBytes[..^16], sealedBytes[^16..], plain);
        return plain;
    }
}
