using Microsoft.Extensions.FileSystemGlobbing;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Reads every <c>*.md</c> file below a folder (recursively, in parallel) into documents whose
/// <see cref="Document.Source"/> is <c>&lt;label&gt;/&lt;relative path&gt;</c>. Symbolic links are followed only
/// within the journal root (and the vault it reads in place, <see cref="Configuration.JournalSettings.Vault"/>) and each note is read once (<see cref="FileListing"/>); a link not followed is a
/// warning at its path. A file larger than <see cref="InputLimits.MaxFileBytes"/> is not read: an error. A file that is
/// binary or not UTF-8 still becomes a document, with <see cref="Keys.ReadError"/> set and an error
/// reported, so that it is never silently lost. A missing folder gives no documents. With a
/// <see cref="PipelineContext.Session"/>, a file whose length and last-write time did not change is not
/// read again: the previous document is reused (<see cref="ModuleResults"/>), and when the watcher reported only edits
/// of listed files, the folder is not listed again (<see cref="ListingMemo"/>).
/// </summary>
/// <param name="folder">Absolute folder to read.</param>
/// <param name="label">Prefix of the source paths, e.g. <c>input/notes</c>.</param>
/// <param name="exclude">Absolute sub-folders to skip (e.g. the people folder when a vault keeps it inside the notes folder); null for none.</param>
public sealed class ReadFiles(string folder, string label, IReadOnlyList<string>? exclude = null) : IModule
{
    /// <summary>
    /// Glob patterns of files not to read, relative to <c>folder</c> (settings <c>exclude:</c>, <see cref="Configuration.JournalSettings.Exclude"/>);
    /// empty for none. An excluded file is not reported: the user asked for it to be left alone.
    /// </summary>
    public IReadOnlyList<string> ExcludeGlobs { get; init; } = [];

    /// <summary>
    /// List the files without reading them: each document has empty content and <see cref="Keys.FilePath"/>,
    /// and <see cref="ReadContent"/> reads it later, in a slice of the notes, so that a full build never holds
    /// every note's text at once (docs/benchmarks.md, "Full builds at scale"). Ignored when private content
    /// is left out (<c>publish</c>): <see cref="RemovePrivateContent"/> must see every file's text before slugs are given.
    /// </summary>
    public bool DeferContent { get; init; }

    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!context.FileSystem.FolderExists(folder))
        {
            // its files, if it had any last time, are gone
            ListingMemo.Of(context)?.Remember(folder, [], []);
            return Task.FromResult<IReadOnlyList<Document>>(inputs);
        }

        var cache = ModuleResults.Of(context);
        var listings = ListingMemo.Of(context);
        var changes = context.Changes;
        var trusted = changes is { TrustsWatcher: true };
        // preview: when the watcher reported only edits of listed files, the previous listing is still right
        var known = trusted ? listings!.Previous(folder, changes!) : null;
        if (known is not null)
        {
            // and so are its documents, but for the edited files and those that could not be read (read again, to report
            // them again; a deferred listing holds no read errors: ReadContent meets them, and CacheDocuments reports them again)
            var kept = known.Documents.ToArray();
            var again = Defers(context)
                ? known.Edited
                : [.. known.Edited.Concat(Enumerable.Range(0, kept.Length).Where(i => kept[i].Metadata.ContainsKey(Keys.ReadError))).Distinct()];
            foreach (var i in again)
            {
                kept[i] = Read(known.Entries[i].FullName, known.Entries[i].Source, Stamp(context.FileSystem.Stat(known.Entries[i].FullName)), context, cache, Defers(context));
            }

            foreach (var problem in known.Problems)
            {
                context.Report(problem);
            }

            listings!.Remember(folder, known.Entries, kept);
            return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. kept]);
        }

        // links are followed only within the journal root (and the vault it reads in place), each note once (FileListing); a watcher-trusted listing needs no stamps
        string[] allowed = context.Settings.VaultPath(context.Options.RootPath) is { } vault ? [context.Options.RootPath, vault] : [context.Options.RootPath];
        var listing = FileListing.List(folder, allowed, exclude, stamps: !trusted && cache is not null, context.FileSystem);
        var problems = listing.Problems
            .Select(p => Diagnostic.Warning(label + "/" + Path.GetRelativePath(folder, p.FullName).Replace('\\', '/'), 1, p.Message))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var problem in problems)
        {
            context.Report(problem);
        }

        Matcher? globs = null;
        if (ExcludeGlobs.Count > 0)
        {
            globs = new Matcher(StringComparison.OrdinalIgnoreCase);
            globs.AddIncludePatterns(ExcludeGlobs);
        }

        var files = listing.Files
            .Where(f => globs is null || !globs.Match(Path.GetRelativePath(folder, f.FullName).Replace('\\', '/')).HasMatches)
            .OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        var sources = new string[files.Count];
        var docs = new Document[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (file, stamp) = files[i];
            var source = sources[i] = label + "/" + Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (trusted && !changes!.ReportedChanged(file) && cache!.TryGetUnchecked(nameof(ReadFiles), source, context) is { } unreported)
            {
                docs[i] = unreported;
                return;
            }

            docs[i] = Read(file, source, trusted ? Stamp(context.FileSystem.Stat(file)) : stamp, context, cache, Defers(context));
        });
        listings?.Remember(folder, [.. files.Select((f, i) => (f.FullName, sources[i]))], docs, problems);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. docs]);
    }

    private bool Defers(PipelineContext context) => DeferContent && !context.Options.LeavesOutPrivate;

    /// <summary>Reads one file into a document (or a document with <see cref="Keys.ReadError"/>; or, when <paramref name="defer"/>, lists it with <see cref="Keys.FilePath"/>), through the cache when it has the same <paramref name="stamp"/>.</summary>
    private static Document Read(string file, string source, string? stamp, PipelineContext context, ModuleResults? cache, bool defer)
    {
        if (cache?.TryGet(nameof(ReadFiles), source, null, stamp, context) is { } cached)
        {
            return cached;
        }

        if (!source.StartsWith("input/notes/", StringComparison.Ordinal))
        {
            // a person or meeting type new or changed: names, aliases and types resolve against them
            context.Changes?.ReferenceDataChangedNow();
        }

        var doc = defer ? Document.Create(source, null, "").With(Keys.FilePath, file) : ReadText(Document.Create(source, null, ""), file, context);
        if (!doc.Metadata.ContainsKey(Keys.ReadError))
        {
            cache?.Set(nameof(ReadFiles), source, null, stamp, doc, []);
        }

        return doc;
    }

    /// <summary>
    /// <paramref name="doc"/> with the text of <paramref name="file"/> (UTF-8, BOM and CRLF handled by
    /// <see cref="TextDecoder"/>) as its content, or with <see cref="Keys.ReadError"/> and an error reported
    /// at <c>path:1</c> when the file cannot be read, is not text, or is larger than <see cref="InputLimits.MaxFileBytes"/>.
    /// </summary>
    internal static Document ReadText(Document doc, string file, PipelineContext context)
    {
        var source = doc.Source ?? "?";
        byte[]? bytes = null;
        string? text;
        string? error;
        try
        {
            // into a pooled buffer: only the decoded text is allocated per file; a huge file is not read at all (InputLimits)
            var read = context.FileSystem.ReadPooled(file, InputLimits.MaxFileBytes);
            if (read.TooLarge)
            {
                return TooLarge(doc, source, read.Size, context);
            }

            bytes = read.Rented!;
            (text, error) = TextDecoder.Decode(bytes.AsSpan(0, read.Length));
        }
        catch (IOException e)
        {
            context.Report(Diagnostic.Error(source, 1, $"the file could not be read: {e.Message}"));
            return doc.WithContent("").With(Keys.ReadError, e.Message);
        }
        finally
        {
            if (bytes is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        if (error is not null)
        {
            context.Report(Diagnostic.Error(source, 1, error));
            return doc.WithContent("").With(Keys.ReadError, error);
        }

        return doc.WithContent(text!);
    }

    private static Document TooLarge(Document doc, string source, long size, PipelineContext context)
    {
        var message = $"the file is larger than {InputLimits.Size(InputLimits.MaxFileBytes)} ({InputLimits.Size(size)}), the most a note, person or meeting type may be; it was not read: split it into several notes, or keep large material (logs, exports) outside input/";
        context.Report(Diagnostic.Error(source, 1, message));
        return doc.WithContent("").With(Keys.ReadError, message);
    }

    private static string Stamp(FileStat f) => FileListing.Stamp(f);
}
