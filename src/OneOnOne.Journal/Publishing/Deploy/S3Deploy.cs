using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// Deploys to an S3-compatible bucket with AWSSDK.S3 (issue #20, item 3). Credentials come only from the SDK's standard
/// chain (<c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_PROFILE</c> and <c>~/.aws/credentials</c>, SSO,
/// instance roles), never from settings.yml. An object is uploaded only when it is new or its MD5 differs from the ETag
/// the bucket lists (an object this tool uploaded is one PUT, whose ETag is its MD5 unless the bucket encrypts with
/// KMS; then every file is sent each time, which is correct, only slower). Each object gets its <see cref="SiteFile.ContentType"/>
/// and <see cref="SiteFile.CacheControl"/>. Order: other files, then pages, <c>index.html</c> last, and objects the
/// publish no longer has are deleted only after every upload succeeded, so a failure midway leaves every page of the
/// previous site in place (pages already replaced are the new, complete ones; with the same passphrase their names do not
/// change, see docs/publishing.md). A bucket (prefix) holding objects but not the tool's marker object is refused, so a
/// deploy never deletes what it did not put there.
/// </summary>
public static class S3Deploy
{
    /// <summary>How many uploads run at once: enough to hide a remote bucket's latency, few enough for a small host.</summary>
    private const int Parallel = 8;

    /// <summary>Sends the finished publish in <paramref name="siteFolder"/> to the bucket of <paramref name="target"/>.</summary>
    /// <param name="siteFolder">The local publish.</param>
    /// <param name="target">An <see cref="DeployKind.S3"/> target: bucket, prefix, region, endpoint.</param>
    /// <param name="dryRun">Only list and compare; nothing is written or deleted.</param>
    /// <param name="cancel">Stops between uploads (before any deletion).</param>
    /// <exception cref="DeployException">No credentials, the bucket is unreachable or refuses a request, or holds objects that are not the tool's.</exception>
    public static async Task<DeployChanges> SendAsync(string siteFolder, DeployTarget target, bool dryRun, CancellationToken cancel = default)
    {
        var where = $"s3://{target.Destination}/{target.Prefix}";
        try
        {
            using var client = new AmazonS3Client(Config(target));
            var existing = await ListAsync(client, target, cancel).ConfigureAwait(false);
            var marker = target.Prefix + FolderDeploy.Marker;
            if (existing.Count > 0 && !existing.ContainsKey(marker))
            {
                throw new DeployException($"{where} holds objects this tool did not deploy (no {FolderDeploy.Marker} object); use an empty bucket or another prefix, since deploy deletes what the publish does not have");
            }

            var files = SiteFile.List(siteFolder);
            var changed = files.Where(f => !existing.TryGetValue(target.Prefix + f.RelativePath, out var etag) || etag != f.Md5).ToList();
            var published = files.Select(f => target.Prefix + f.RelativePath).Append(marker).ToHashSet(StringComparer.Ordinal);
            var stale = existing.Keys.Where(k => !published.Contains(k)).Order(StringComparer.Ordinal).ToList();
            var changes = new DeployChanges([.. changed.Select(f => f.RelativePath)], [.. stale.Select(k => k[target.Prefix.Length..])], files.Count - changed.Count);
            if (dryRun)
            {
                return changes;
            }

            if (!existing.ContainsKey(marker))
            {
                await client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = target.Destination,
                    Key = marker,
                    ContentBody = "This prefix is deployed by OneOnOne.Journal ('oneonone deploy'); each deploy deletes objects the publish does not have.\n",
                    ContentType = "text/plain; charset=utf-8",
                    UseChunkEncoding = false,
                }, cancel).ConfigureAwait(false);
            }

            // pages only after the files they need, index.html last (SiteFile.List's order): each group finishes before the next starts
            foreach (var group in changed.GroupBy(f => f.RelativePath == "index.html" ? 2 : f.RelativePath.EndsWith(".html", StringComparison.Ordinal) ? 1 : 0).OrderBy(g => g.Key))
            {
                await System.Threading.Tasks.Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancel }, async (file, token) =>
                {
                    var request = new PutObjectRequest
                    {
                        BucketName = target.Destination,
                        Key = target.Prefix + file.RelativePath,
                        FilePath = file.FullPath,
                        ContentType = file.ContentType,
                        // the SDK's streaming signature is not understood by every S3-compatible server; a plain signed body is
                        UseChunkEncoding = false,
                    };
                    request.Headers.CacheControl = file.CacheControl;
                    await client.PutObjectAsync(request, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }

            // stale objects go only once the new site is complete
            foreach (var batch in stale.Chunk(1000))
            {
                var response = await client.DeleteObjectsAsync(new DeleteObjectsRequest
                {
                    BucketName = target.Destination,
                    Objects = [.. batch.Select(k => new KeyVersion { Key = k })],
                }, cancel).ConfigureAwait(false);
                if (response.DeleteErrors is { Count: > 0 } errors)
                {
                    throw new DeployException($"the new site is up on {where}, but {errors.Count} stale object(s) could not be deleted ({errors[0].Key}: {errors[0].Message})");
                }
            }

            return changes;
        }
        catch (AmazonServiceException e)
        {
            throw new DeployException($"{where}: {OneLine(e.Message)} ({e.StatusCode}{(e.ErrorCode is { } code ? ", " + code : "")}); the previous site still serves", e);
        }
        catch (AmazonClientException e) when (e.Message.StartsWith("Failed to resolve AWS credentials", StringComparison.Ordinal))
        {
            throw new DeployException($"no AWS credentials for {where}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials (never settings.yml)", e);
        }
        catch (AmazonClientException e)
        {
            throw new DeployException($"{where} cannot be reached: {OneLine(e.InnerException?.Message ?? e.Message)}; the previous site still serves", e);
        }
        catch (HttpRequestException e)
        {
            throw new DeployException($"{where} cannot be reached: {OneLine(e.Message)}; the previous site still serves", e);
        }
    }

    private static AmazonS3Config Config(DeployTarget target)
    {
        var config = new AmazonS3Config
        {
            // a deploy is interactive: an unreachable bucket is said within seconds, not after minutes of retries
            MaxErrorRetry = 2,
            Timeout = TimeSpan.FromSeconds(60),
            // checksums only where the API requires them: S3-compatible servers that predate the SDK's default checksums reject them
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (target.Endpoint is { } endpoint)
        {
            config.ServiceURL = endpoint;
            // bucket in the path: S3-compatible servers rarely have a DNS name per bucket
            config.ForcePathStyle = true;
            config.AuthenticationRegion = target.Region ?? "us-east-1";
        }
        else if (target.Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return config;
    }

    /// <summary>Every object under the prefix with its ETag (quotes removed, lower case).</summary>
    private static async Task<Dictionary<string, string>> ListAsync(AmazonS3Client client, DeployTarget target, CancellationToken cancel)
    {
        var objects = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = target.Destination, Prefix = target.Prefix };
        while (true)
        {
            var response = await client.ListObjectsV2Async(request, cancel).ConfigureAwait(false);
            foreach (var item in response.S3Objects ?? [])
            {
                objects[item.Key] = (item.ETag ?? "").Trim('"').ToLowerInvariant();
            }

            if (response.IsTruncated != true || string.IsNullOrEmpty(response.NextContinuationToken))
            {
                return objects;
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
