using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing;

/// <summary>
/// The @noble/hashes and @noble/ciphers files under <c>theme/assets/vendor/</c> (issue #20, item 1) are exactly the
/// files <c>tools/vendor/refresh-noble.sh</c> took from the npm tarballs: each file's SHA-256 is in
/// <c>tools/vendor/noble.manifest.json</c>, the versions agree between the script, the manifest, the folders and
/// the paths <c>unlock.js</c> imports, and the module graph is complete and stays on the site.
/// </summary>
public sealed partial class VendoredCryptoTests
{
    private static readonly string Vendor = Path.Combine(RepoPaths.Theme, "assets", "vendor");

    private sealed record Package(string Name, string Version, string Folder, string Integrity, Dictionary<string, string> Files);

    private sealed record Manifest(List<Package> Packages);

    private static Manifest Read() =>
        JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(RepoPaths.Root, "tools", "vendor", "noble.manifest.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Fact]
    public void Every_vendored_file_has_the_hash_of_the_manifest_and_nothing_else_is_vendored()
    {
        var manifest = Read();
        Assert.Equal(["@noble/ciphers", "@noble/hashes"], manifest.Packages.Select(p => p.Name).Order(StringComparer.Ordinal));
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var package in manifest.Packages)
        {
            Assert.StartsWith("sha512-", package.Integrity, StringComparison.Ordinal);
            Assert.Contains("LICENSE", package.Files.Keys);
            foreach (var (file, sha256) in package.Files)
            {
                var path = Path.Combine(RepoPaths.Root, package.Folder, file);
                Assert.True(File.Exists(path), $"{package.Folder}/{file} is in the manifest but missing");
                Assert.True(sha256 == Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))),
                    $"{package.Folder}/{file} differs from the file {package.Name}@{package.Version} published: run tools/vendor/refresh-noble.sh, never edit it");
                expected.Add(Path.GetFullPath(path));
            }
        }

        var present = Directory.EnumerateFiles(Vendor, "*", SearchOption.AllDirectories).Select(Path.GetFullPath);
        Assert.DoesNotContain(present, f => !expected.Contains(f));
    }

    [Fact]
    public void The_script_the_manifest_the_folders_and_unlock_js_name_the_same_versions()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "tools", "vendor", "refresh-noble.sh"));
        var unlock = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "unlock.js"));
        foreach (var package in Read().Packages)
        {
            var folder = package.Name.TrimStart('@').Replace('/', '-');
            var variable = package.Name == "@noble/hashes" ? "HASHES_VERSION" : "CIPHERS_VERSION";
            Assert.Matches($"(?m)^{variable}={Regex.Escape(package.Version)}$", script);
            Assert.Equal($"theme/assets/vendor/{folder}-{package.Version}", package.Folder);
            Assert.Contains($"\"assets/vendor/{folder}-{package.Version}/\"", unlock, StringComparison.Ordinal);
            Assert.Matches("^2\\.", package.Version);
        }
    }

    [Fact]
    public void Every_import_of_a_vendored_module_is_a_vendored_file_of_the_same_package()
    {
        var modules = Directory.EnumerateFiles(Vendor, "*.js", SearchOption.AllDirectories).ToList();
        Assert.True(modules.Count >= 4);
        foreach (var module in modules)
        {
            var text = StripComments(File.ReadAllText(module));
            // nothing fetched, imported or required from anywhere but the file's own folder
            foreach (Match import in ImportPattern().Matches(text))
            {
                var target = import.Groups["path"].Value;
                Assert.True(target.StartsWith("./", StringComparison.Ordinal), $"{module} imports {target}");
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(module)!, target[2..])), $"{module} imports {target}, which is not vendored");
            }

            Assert.DoesNotMatch(@"\b(fetch|importScripts|XMLHttpRequest|WebSocket|require)\s*\(", text);
            Assert.DoesNotMatch(@"\bimport\s*\(", text);
        }
    }

    private static string StripComments(string js) => CommentPattern().Replace(js, "");

    [GeneratedRegex("""(?m)^\s*(?:import|export)\b[^;]*?\bfrom\s*["'](?<path>[^"']+)["']""")]
    private static partial Regex ImportPattern();

    [GeneratedRegex(@"/\*.*?\*/|(?m)^\s*//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();
}
