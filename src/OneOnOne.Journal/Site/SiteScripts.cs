using System.Security.Cryptography;
using System.Text;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The only scripts a page of the site may run, and the <c>script-src</c> that says so (issue #14, item 9).
/// <para>
/// Why not <c>script-src 'self'</c>: for a page opened from disk, Chromium treats <c>'self'</c> as every
/// <c>file:</c> URL (measured with Debian's Chromium: <c>&lt;script src="file:///tmp/x.js"&gt;</c> in a note ran under
/// <c>'self'</c> as under <c>'self' file:</c>). Why not hashes on <c>&lt;script src integrity&gt;</c>: subresource
/// integrity needs a CORS-readable response, which a <c>file:</c> page never gets, so the site's own scripts were
/// blocked from disk. What works from disk and from any host: each page carries one small inline loader whose
/// SHA-256 is in the policy, with <c>'strict-dynamic'</c>, so the scripts the loader (and they in turn) add with
/// <c>createElement</c> run and no <c>&lt;script&gt;</c> written in a page's HTML does, whatever its <c>src</c>.
/// </para>
/// <para>
/// A loader copied into a note runs too (its hash matches), so a loader takes nothing from the page that a note
/// could set: the file names are fixed, and the root is the <c>data-root</c> of the first <c>form</c> of the page
/// (the header's search box, always before the body; a stray <c>&lt;body data-root&gt;</c> in a note cannot be a form).
/// </para>
/// </summary>
public static class SiteScripts
{
    /// <summary>The inline script of every page: loads <c>assets/site.js</c> then <c>assets/search.js</c> from the site's root.</summary>
    public const string PageLoader =
        "(function(){var h=document.querySelector(\"form[data-root]\"),r=h?h.getAttribute(\"data-root\").replace(/index\\.html$/,\"\"):\"\";"
        + "[\"assets/site.js\",\"assets/search.js\"].forEach(function(f){var s=document.createElement(\"script\");s.src=r+f;s.async=false;document.body.appendChild(s);});})();";

    /// <summary>
    /// The inline script of a locked (published) page: loads <c>assets/unlock.js</c> from the root that <c>#sealed</c> carries.
    /// It does nothing on a page with the header's <c>form[data-root]</c>, i.e. every page but a locked shell: a copy of
    /// this loader in a note runs (its hash is in the policy) and a note can write its own <c>&lt;div id="sealed"
    /// data-root="file:///…/"&gt;</c> or <c>"https://elsewhere/"</c>, which 'strict-dynamic' would then have trusted
    /// (measured in Chromium from disk: the note's <c>unlock.js</c> ran). A locked shell holds no readable note text, and
    /// the decrypted page is inserted as HTML, whose scripts never run.
    /// </summary>
    public const string LockLoader =
        "(function(){if(document.querySelector(\"form[data-root]\"))return;var h=document.getElementById(\"sealed\"),s=document.createElement(\"script\");s.src=(h?h.getAttribute(\"data-root\"):\"\")+\"assets/unlock.js\";document.head.appendChild(s);})();";

    /// <summary>The <c>script-src</c> directive of the site's Content-Security-Policy: the two loaders' hashes and <c>'strict-dynamic'</c>.</summary>
    public static readonly string ScriptSrc = $"script-src {HashSource(PageLoader)} {HashSource(LockLoader)} 'strict-dynamic'";

    /// <summary>A CSP hash source (<c>'sha256-…'</c>, base64) for an inline script with exactly this text (UTF-8, as the page is encoded).</summary>
    public static string HashSource(string script) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";
}
