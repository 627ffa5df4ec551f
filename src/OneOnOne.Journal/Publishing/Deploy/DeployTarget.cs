using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// The <c>deploy:</c> map of settings.yml: exactly one of <c>folder: /srv/www/journal</c>,
/// <c>rsync: user@host:/var/www/journal</c>, or <c>s3: bucket-name</c> with optional <c>prefix:</c>, <c>region:</c> and
/// <c>endpoint:</c> (an S3-compatible server's URL). Credentials are never read from here (issue #20, item 3): a key that
/// looks like one (<c>secret</c>, <c>password</c>, <c>token</c>, <c>access-key</c>, <c>credentials</c>...) or a value shaped
/// like an AWS access key id makes <see cref="Refusal"/> say so, and <c>deploy</c> refuses to run until it is removed.
/// </summary>
/// <param name="Kind">Which of the three targets.</param>
/// <param name="Destination">The folder (absolute, or relative to the journal root), the rsync destination as written, or the bucket name.</param>
public sealed partial record DeployTarget(DeployKind Kind, string Destination)
{
    /// <summary>What to add to settings.yml when it names no target; shown by <c>deploy</c>.</summary>
    public const string Example = "add a deploy target to settings.yml, one of:  'deploy: { folder: /srv/www/journal }'  or  'deploy: { rsync: user@host:/var/www/journal }'  or  'deploy: { s3: bucket-name, prefix: journal/, region: eu-central-1, endpoint: https://s3.example.com }'";

    /// <summary>For <see cref="DeployKind.S3"/>: the key prefix objects go under (<c>journal/</c>; empty for the bucket's root), always ending in <c>/</c> unless empty.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>For <see cref="DeployKind.S3"/>: the region (signing region for a custom endpoint); null for the SDK's default (<c>AWS_REGION</c>, the profile).</summary>
    public string? Region { get; init; }

    /// <summary>For <see cref="DeployKind.S3"/>: the URL of an S3-compatible server; null for AWS itself.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Why deploy must not run with these settings (a secret in settings.yml, a bad value), as one line; null when it may.</summary>
    public string? Refusal { get; init; }

    /// <summary>Reads the <c>deploy:</c> value; problems are reported as warnings and in <see cref="Refusal"/>.</summary>
    /// <param name="value">The value of the <c>deploy</c> key.</param>
    /// <param name="path">The settings file's name, for messages.</param>
    /// <param name="diagnostics">Receives a warning per problem.</param>
    public static DeployTarget Read(YamlValue value, string path, List<Diagnostic> diagnostics)
    {
        DeployTarget Refuse(YamlValue at, string why)
        {
            var line = Math.Max(1, at.Line - 1);
            diagnostics.Add(Diagnostic.Warning(path, line, why));
            return new DeployTarget(DeployKind.Folder, "") { Refusal = $"{path}:{line}: {why}" };
        }

        if (value is not YamlMap map)
        {
            return Refuse(value, "'deploy' must be a map with one of folder:, rsync: or s3: (like 'deploy: { folder: /srv/www/journal }')");
        }

        if (FindSecret(map) is { } secret)
        {
            return Refuse(secret.At, $"deploy: '{secret.Key}' looks like a credential; settings.yml is not a place for secrets (it is copied and committed): remove it and give credentials through the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_PROFILE) or ~/.aws/credentials, or for rsync an SSH key");
        }

        var named = new[] { ("folder", DeployKind.Folder), ("rsync", DeployKind.Rsync), ("s3", DeployKind.S3) }
            .Where(k => map.Get(k.Item1) is not null).ToList();
        if (named.Count != 1)
        {
            return Refuse(map, "'deploy' needs exactly one of folder:, rsync: or s3:");
        }

        var (key, kind) = named[0];
        if (map.Text(key) is not { } destination)
        {
            return Refuse(map.Get(key)!, $"deploy: '{key}' needs a value");
        }

        var prefix = (map.Text("prefix") ?? "").Replace('\\', '/').Trim('/');
        if (prefix.Split('/').Any(s => s is "." or ".."))
        {
            return Refuse(map.Get("prefix")!, $"deploy: prefix '{prefix}' may not hold a '.' or '..' segment");
        }

        return new DeployTarget(kind, destination)
        {
            Prefix = prefix.Length == 0 ? "" : prefix + "/",
            Region = map.Text("region"),
            Endpoint = map.Text("endpoint", "endpoint-url", "service-url"),
        };
    }

    /// <summary>A key (normalised by <see cref="YamlMap.NormalizeKey"/>) that names a credential, or a value shaped like an AWS access key id.</summary>
    private static (string Key, YamlValue At)? FindSecret(YamlMap map)
    {
        foreach (var (key, value) in map.Entries)
        {
            if (SecretKey().IsMatch(key) || (value is YamlScalar scalar && AccessKeyId().IsMatch(scalar.Text)))
            {
                return (key, value);
            }

            if (value is YamlMap inner && FindSecret(inner) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    [GeneratedRegex("secret|password|passwd|passphrase|token|accesskey|keyid|credential|privatekey|apikey")]
    private static partial Regex SecretKey();

    // AWS access key ids (AKIA... long-term, ASIA... temporary): 20 upper-case letters and digits
    [GeneratedRegex(@"\b(AKIA|ASIA)[A-Z0-9]{16}\b")]
    private static partial Regex AccessKeyId();
}
