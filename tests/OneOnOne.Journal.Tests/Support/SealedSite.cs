using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using OneOnOne.Journal.Publishing;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>Reads an encrypted published site the way the browser does: salt, iterations and IV from the page, PBKDF2-SHA256, AES-256-GCM.</summary>
public static class SealedSite
{
    public sealed record Opened(string Title, string Body);

    public static Opened Open(string htmlFile, string passphrase) => OpenHtml(File.ReadAllText(htmlFile), passphrase, htmlFile);

    /// <summary>Opens a sealed page given as its HTML (a page written in memory, <see cref="Testing.InMemoryFileSystem"/>).</summary>
    public static Opened OpenHtml(string html, string passphrase, string name = "the page")
    {
        var doc = new HtmlParser().ParseDocument(html);
        var sealedElement = doc.GetElementById("sealed") ?? throw new InvalidOperationException($"{name} is not sealed");
        var salt = Convert.FromBase64String(sealedElement.GetAttribute("data-salt")!);
        Assert.Equal(600_000, int.Parse(sealedElement.GetAttribute("data-iterations")!, System.Globalization.CultureInfo.InvariantCulture));
        var key = Keys.GetOrAdd((passphrase, Convert.ToBase64String(salt)), _ => PublishKey.Derive(passphrase, salt));
        var plain = SiteCipher.Decrypt(key, Convert.FromBase64String(sealedElement.GetAttribute("data-iv")!), Convert.FromBase64String(sealedElement.TextContent));
        var json = JsonDocument.Parse(plain).RootElement;
        return new Opened(json.GetProperty("title").GetString()!, json.GetProperty("body").GetString()!);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), PublishKey> Keys = new();

    /// <summary>Every file's bytes as text (Latin-1, so any byte sequence is searchable).</summary>
    public static IEnumerable<(string Path, string Text)> AllFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f), Encoding.Latin1.GetString(File.ReadAllBytes(f))));
}
