using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>Reads every file of the theme's <c>assets/</c> folder into a document destined for <c>assets/&lt;same path&gt;</c> (CSS, scripts, icons).</summary>
public sealed class CopyAssets : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var folder = Theming.Theme.AssetsFolder(context.Options.ThemePath);
        var fs = context.FileSystem;
        if (!fs.FolderExists(folder))
        {
            return Task.FromResult(inputs);
        }

        var docs = fs.ListFilesBelow(folder)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var relative = "assets/" + Path.GetRelativePath(folder, file).Replace('\\', '/');
                return Document.Create(null, relative, "").With(Keys.Bytes, fs.ReadAllBytes(file));
            });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. docs]);
    }
}
