namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>Where <c>deploy</c> sends a publish (settings.yml <c>deploy:</c>; issue #20, item 3).</summary>
public enum DeployKind
{
    /// <summary>A folder on this machine or a mounted share (a web root): written beside it and swapped in (<see cref="FolderDeploy"/>).</summary>
    Folder,

    /// <summary>An rsync destination, <c>host:/path</c> over SSH or a local path (<see cref="RsyncDeploy"/>).</summary>
    Rsync,

    /// <summary>An S3-compatible bucket, optionally under a key prefix (<see cref="S3Deploy"/>).</summary>
    S3,
}
