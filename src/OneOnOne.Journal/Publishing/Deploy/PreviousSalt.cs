using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// Keeps a deploy's page names and ciphertexts stable between deploys: the key is derived with the salt of the previous
/// encrypted publish in the local output folder when the same passphrase opens it. Page names are an HMAC under the key
/// and IVs are synthetic (<see cref="PublishKey.IvFor"/>), so with the same key an unchanged page is the same file and is
/// not sent again; a changed passphrase (a rotation) gets a fresh salt and every file changes, as docs/privacy.md says.
/// A salt is not secret (every page carries it); reusing it for the same journal and passphrase gives an attacker nothing
/// that a second copy of the site would not.
/// </summary>
public static partial class PreviousSalt
{
    /// <summary>
    /// Derives the key for <paramref name="passphrase"/>: with the salt of the sealed <c>index.html</c> in
    /// <paramref name="outputFolder"/> when the passphrase decrypts that page, else with a fresh random salt.
    /// </summary>
    /// <returns>The key, and whether the previous salt was reused.</returns>
    public static (PublishKey Key, bool Reused) Derive(string outputFolder, string passphrase)
    {
        if (Read(Path.Combine(outputFolder, "index.html")) is { } previous)
        {
            var key = PublishKey.Derive(passphrase, previous.Salt);
            try
            {
                SiteCipher.Decrypt(key, previous.Iv, previous.Sealed);
                return (key, true);
            }
            catch (CryptographicException)
            {
                // another passphrase: a rotation, so a fresh salt as for any new publish
            }
        }

        return (PublishKey.Derive(passphrase), false);
    }

    /// <summary>The salt, IV and sealed bytes of a locked page, or null when the file is missing or not one.</summary>
    private static (byte[] Salt, byte[] Iv, byte[] Sealed)? Read(string page)
    {
        try
        {
            if (!File.Exists(page) || new FileInfo(page).Length > 16 << 20)
            {
                return null;
            }

            var match = SealedElement().Match(File.ReadAllText(page));
            if (!match.Success)
            {
                return null;
            }

            return (Convert.FromBase64String(WebUtility.HtmlDecode(match.Groups["salt"].Value)),
                Convert.FromBase64String(WebUtility.HtmlDecode(match.Groups["iv"].Value)),
                Convert.FromBase64String(WebUtility.HtmlDecode(match.Groups["data"].Value.Trim())));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // no usable previous publish: a fresh salt, and every file is sent
            return null;
        }
    }

    // the locked shell's element (theme layout 'sealed'): data-salt, data-iv, then the base64 ciphertext as its text
    [GeneratedRegex("""data-salt="(?<salt>[^"]+)"[^>]*?data-iv="(?<iv>[^"]+)"[^>]*>(?<data>[^<]+)<""")]
    private static partial Regex SealedElement();
}
