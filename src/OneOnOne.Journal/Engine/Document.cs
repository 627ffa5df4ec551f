namespace OneOnOne.Journal.Engine;

/// <summary>
/// An immutable document flowing through a <see cref="Pipeline"/>, in Statiq's shape: where it came
/// from, where it will be written, its content and its metadata. Every <c>With*</c> method returns a
/// new document and leaves this one unchanged.
/// </summary>
public sealed class Document
{
    private Document(string? source, string? destination, string content, DocumentMetadata metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        Metadata = metadata;
    }

    /// <summary>The path the document was read from, relative to the journal root, with forward slashes; null for generated pages.</summary>
    public string? Source { get; }

    /// <summary>The path to write, relative to the output folder, with forward slashes (e.g. <c>people/alice-chen/index.html</c>); null when the document is not written.</summary>
    public string? Destination { get; }

    /// <summary>The text content: raw file text after reading, HTML after rendering.</summary>
    public string Content { get; }

    /// <summary>Metadata by key (see <see cref="Keys"/>); values are immutable objects.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Creates a document.</summary>
    /// <param name="source">Source path relative to the journal root, or null.</param>
    /// <param name="destination">Destination relative to the output folder, or null.</param>
    /// <param name="content">Text content.</param>
    public static Document Create(string? source, string? destination, string content) =>
        new(source, destination, content, DocumentMetadata.Empty);

    /// <summary>Returns a copy with other content.</summary>
    public Document WithContent(string content) => new(Source, Destination, content, Metadata);

    /// <summary>Returns a copy with another destination.</summary>
    public Document WithDestination(string? destination) => new(Source, destination, Content, Metadata);

    /// <summary>Returns a copy with one metadata value set (replacing any earlier value).</summary>
    public Document With(string key, object? value) => new(Source, Destination, Content, Metadata.Set(key, value));

    /// <summary>Gets a metadata value of type <typeparamref name="T"/>, or default when it is absent or of another type.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <inheritdoc />
    public override string ToString() => Destination ?? Source ?? "(document)";
}
