using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>
/// The model of the <c>sealed</c> layout: the locked shell of a page in an encrypted publish
/// (<see cref="Modules.SealPages"/>); the page's title and body are only in <paramref name="Data"/>, encrypted.
/// </summary>
/// <param name="Csp">The Content-Security-Policy for the shell's <c>meta</c> tag.</param>
/// <param name="Loader">The inline lock-loader script (its hash is in the CSP).</param>
/// <param name="Root">The relative prefix from the page to the site root, e.g. <c>../../</c>.</param>
/// <param name="Salt">The PBKDF2 salt, base64.</param>
/// <param name="Iterations">The PBKDF2 iteration count.</param>
/// <param name="Iv">The AES-GCM nonce, base64.</param>
/// <param name="Data">The encrypted JSON of title, body class and body, base64.</param>
internal sealed record SealedPageModel(string Csp, Html Loader, string Root, string Salt, int Iterations, string Iv, Html Data) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "sealed";
}
