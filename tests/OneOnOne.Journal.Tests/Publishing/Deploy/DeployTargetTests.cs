using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing.Deploy;

namespace OneOnOne.Journal.Tests.Publishing.Deploy;

/// <summary>settings.yml's <c>deploy:</c> map: one target, S3 details, and no credentials (issue #20, item 3).</summary>
public sealed class DeployTargetTests
{
    [Fact]
    public void Each_target_is_read_with_its_details()
    {
        Assert.Null(JournalSettings.Parse("title: x\n").Settings.Deploy);
        Assert.Equal(new DeployTarget(DeployKind.Folder, "/srv/www/journal"), JournalSettings.Parse("deploy:\n  folder: /srv/www/journal\n").Settings.Deploy);
        Assert.Equal(new DeployTarget(DeployKind.Rsync, "deploy@intranet:/var/www/j"), JournalSettings.Parse("deploy: { rsync: 'deploy@intranet:/var/www/j' }\n").Settings.Deploy);

        var (settings, diagnostics) = JournalSettings.Parse("deploy:\n  s3: team-journal\n  prefix: /journal/2026/\n  region: eu-central-1\n  endpoint: https://s3.intranet.example\n");
        Assert.Empty(diagnostics);
        var s3 = settings.Deploy!;
        Assert.Equal((DeployKind.S3, "team-journal", "journal/2026/", "eu-central-1", "https://s3.intranet.example"), (s3.Kind, s3.Destination, s3.Prefix, s3.Region, s3.Endpoint));
        Assert.Null(s3.Refusal);
        Assert.Equal("", JournalSettings.Parse("deploy:\n  s3: b\n").Settings.Deploy!.Prefix);
    }

    [Theory]
    [InlineData("deploy: /srv/www\n", "must be a map")]
    [InlineData("deploy:\n  folder: /a\n  s3: b\n", "exactly one of")]
    [InlineData("deploy:\n  ftp: host\n", "exactly one of")]
    [InlineData("deploy:\n  s3: b\n  prefix: a/../b\n", "'..' segment")]
    [InlineData("deploy:\n  s3: b\n  aws_secret_access_key: abc\n", "looks like a credential")]
    [InlineData("deploy:\n  s3: b\n  access-key-id: abc\n", "looks like a credential")]
    [InlineData("deploy:\n  rsync: host:/x\n  password: hunter2\n", "looks like a credential")]
    [InlineData("deploy:\n  s3: b\n  endpoint: https://AKIAIOSFODNN7EXAMPLE@s3.example\n", "looks like a credential")]
    public void A_bad_or_secret_bearing_deploy_map_is_refused_with_its_line(string yaml, string why)
    {
        var (settings, diagnostics) = JournalSettings.Parse(yaml);
        Assert.Contains(why, settings.Deploy!.Refusal, StringComparison.Ordinal);
        Assert.StartsWith("settings.yml:", settings.Deploy.Refusal, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Message.Contains(why, StringComparison.Ordinal));
    }
}
