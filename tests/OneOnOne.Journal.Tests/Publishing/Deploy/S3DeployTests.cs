using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using OneOnOne.Journal.Publishing.Deploy;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing.Deploy;

/// <summary>
/// <c>deploy</c> to an S3-compatible bucket (issue #20, item 3) served by npm's s3rver, started by the test on a loopback
/// port: content types and Cache-Control on every object, a one-note change uploads only the objects whose content
/// changed, <c>--dry-run</c> changes nothing, stale objects are deleted, and an unreachable bucket is one line.
/// </summary>
public sealed class S3DeployTests
{
    private const string Prefix = "team/journal/";

    [Fact]
    public async Task Deploy_sets_types_and_cache_headers_uploads_only_changed_objects_and_deletes_stale_ones()
    {
        using var server = S3rverServer.Start();
        using var journal = new DeployJournal($"deploy:\n  s3: {S3rverServer.Bucket}\n  prefix: {Prefix}\n  endpoint: {server.Endpoint}\n");
        using var client = Client(server);

        var first = journal.Deploy(S3rverServer.Credentials);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var published1 = journal.Published();
        var listing1 = await ListAsync(client);
        Assert.Equal(published1.Keys.Append(FolderDeploy.Marker).Select(k => Prefix + k).Order(StringComparer.Ordinal), listing1.Keys.Order(StringComparer.Ordinal));

        using (var http = new HttpClient())
        {
            foreach (var (path, type) in new[] { ("index.html", "text/html; charset=utf-8"), ("assets/site.css", "text/css; charset=utf-8"), ("assets/unlock.js", "text/javascript; charset=utf-8"), ("robots.txt", "text/plain; charset=utf-8") })
            {
                // path-style and anonymous, as a reader's browser (through the host in front of the bucket) asks
                using var response = await http.GetAsync($"{server.Endpoint}/{S3rverServer.Bucket}/{Prefix}{path}");
                Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
                Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
                Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
            }
        }

        journal.EditOneNote();
        var dry = journal.Deploy(S3rverServer.Credentials, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Stderr);
        var published2 = journal.Published();
        var changed = DeployJournal.Changed(published1, published2);
        Assert.NotEmpty(changed);
        Assert.True(changed.Count * 3 < published2.Count, $"{changed.Count} of {published2.Count} objects changed after a one-note edit");
        Assert.Equal(changed, DeployJournal.Listed(dry, "would upload"));
        Assert.Equal(listing1, await ListAsync(client));

        var second = journal.Deploy(S3rverServer.Credentials, "--verbose");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(changed, DeployJournal.Listed(second, "uploaded"));
        var listing2 = await ListAsync(client);
        var rewritten = new SortedSet<string>(listing2.Where(kv => !listing1.TryGetValue(kv.Key, out var before) || before != kv.Value).Select(kv => kv.Key[Prefix.Length..]), StringComparer.Ordinal);
        Assert.Equal(changed, rewritten);

        journal.DeleteOneNote();
        var third = journal.Deploy(S3rverServer.Credentials, "--verbose");
        Assert.True(third.ExitCode == 0, third.Stderr);
        var published3 = journal.Published();
        var stale = new SortedSet<string>(published2.Keys.Except(published3.Keys), StringComparer.Ordinal);
        Assert.NotEmpty(stale);
        Assert.Equal(stale, DeployJournal.Listed(third, "deleted"));
        var listing3 = await ListAsync(client);
        Assert.Equal(published3.Keys.Append(FolderDeploy.Marker).Select(k => Prefix + k).Order(StringComparer.Ordinal), listing3.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in published3)
        {
            var md5 = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(File.ReadAllBytes(Path.Combine(journal.Journal.Output, path))));
            Assert.True(listing3[Prefix + path].ETag == md5, $"{path}: the bucket holds other content than the publish ({hash})");
        }
    }

    [Fact]
    public async Task An_unreachable_bucket_and_a_prefix_of_other_objects_are_refused_in_one_line()
    {
        var closed = HostServers.FreeLoopbackPort();
        using (var unreachable = new DeployJournal($"deploy:\n  s3: {S3rverServer.Bucket}\n  endpoint: http://127.0.0.1:{closed}\n"))
        {
            var run = unreachable.Deploy(S3rverServer.Credentials);
            Assert.Equal(3, run.ExitCode);
            var error = Assert.Single(run.Stderr.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
            Assert.Contains($"s3://{S3rverServer.Bucket}/ cannot be reached", error, StringComparison.Ordinal);
        }

        using var server = S3rverServer.Start();
        using var client = Client(server);
        await client.PutObjectAsync(new PutObjectRequest { BucketName = S3rverServer.Bucket, Key = Prefix + "someone-elses.html", ContentBody = "keep me", UseChunkEncoding = false });
        using var journal = new DeployJournal($"deploy:\n  s3: {S3rverServer.Bucket}\n  prefix: {Prefix}\n  endpoint: {server.Endpoint}\n");
        var refused = journal.Deploy(S3rverServer.Credentials);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("holds objects this tool did not deploy", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal([Prefix + "someone-elses.html"], (await ListAsync(client)).Keys);
    }

    private static AmazonS3Client Client(S3rverServer server) =>
        new(new BasicAWSCredentials("S3RVER", "S3RVER"), new AmazonS3Config
        {
            ServiceURL = server.Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    /// <summary>Every object in the bucket: key → (ETag without quotes, last-modified).</summary>
    private static async Task<Dictionary<string, (string ETag, DateTime? Modified)>> ListAsync(AmazonS3Client client)
    {
        var objects = new Dictionary<string, (string, DateTime?)>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = S3rverServer.Bucket };
        while (true)
        {
            var response = await client.ListObjectsV2Async(request);
            foreach (var item in response.S3Objects ?? [])
            {
                objects[item.Key] = (item.ETag.Trim('"'), item.LastModified);
            }

            if (response.IsTruncated != true)
            {
                return objects;
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
    }
}
