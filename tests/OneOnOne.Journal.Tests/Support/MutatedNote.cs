using System.Text;
using CsCheck;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>How a generated note keeps its secret (if at all).</summary>
public enum Secrecy
{
    /// <summary>Nothing private: the note's token may be published.</summary>
    Public,

    /// <summary><c>private:</c> with a true-ish value in the front matter: the whole note is private.</summary>
    PrivateNote,

    /// <summary>The token sits inside a <c>&lt;!-- private --&gt;</c> block (one of its spellings, possibly nested).</summary>
    PrivateBlock,
}

/// <summary>
/// A note written the way people write them, then damaged the way files get damaged: fences with stray
/// whitespace, CRLF, a byte-order mark or blank lines before them, odd quoting, deep Markdown nesting,
/// another encoding, a truncated tail. Every note carries a token (letters only, so neither HTML encoding
/// nor the search tokenizer changes it) that is private unless <see cref="Secrecy"/> is Public: a
/// publish must never carry a private token, whatever the damage (issue #14, "publish fails closed").
/// </summary>
public sealed record MutatedNote(
    int Index,
    Secrecy Secrecy,
    int PrivateValue,
    int BlockSpelling,
    bool Nested,
    int Fence,
    bool Crlf,
    bool Bom,
    int Quoting,
    int Nesting,
    int Encoding,
    int TruncateAt)
{
    /// <summary>The true-ish spellings of <c>private:</c> a user may write (YAML 1.1 booleans included).</summary>
    public static readonly string[] PrivateValues = ["true", "True", "TRUE", "yes", "Yes", "y", "Y", "on", "On", "'true'", "\"yes\""];

    /// <summary>Spellings of a private block, as (open, close).</summary>
    public static readonly (string Open, string Close)[] BlockSpellings =
    [
        ("<!-- private -->", "<!-- /private -->"),
        ("<!--private-->", "<!--/private-->"),
        ("<!-- PRIVATE -->", "<!-- /PRIVATE -->"),
        ("<!--- private --->", "<!--- /private --->"),
        ("<!-- private: salary talk -->", "<!-- /private -->"),
        ("<!-- private -->\n", "\n<!-- /private -->"),
    ];

    /// <summary>Opening fences, valid and not: a not-quite fence must make the note an error, never body text.</summary>
    public static readonly string[] Fences = ["---", "--- ", "---\t", "---  \t", "\n---", "\n\n---", " ---", "----", "-- -"];

    /// <summary>The file's name under <c>input/notes/</c>: dated, so a note whose front matter is lost is still placed by its name.</summary>
    public string RelativePath => $"notes/2026/2026-03-{10 + Index:00}-alice-chen.md";

    /// <summary>The note's token: letters only, unique per note, found nowhere else in a journal.</summary>
    public string Token => "qzxv" + new string((char)('a' + Index), 3) + "wjk";

    /// <summary>Whether <see cref="Token"/> must never appear in a publish.</summary>
    public bool IsPrivate => Secrecy != Secrecy.Public;

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes()
    {
        var text = Text();
        if (Crlf)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var bytes = Encoding switch
        {
            1 => System.Text.Encoding.Latin1.GetBytes(text + "\nCafé\n"), // é as one byte: not UTF-8
            2 => System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray(),
            3 => [.. System.Text.Encoding.UTF8.GetBytes(text), 0xC3, 0x28, (byte)'\n'], // an invalid UTF-8 sequence at the end
            _ => System.Text.Encoding.UTF8.GetBytes(text),
        };
        if (Bom && Encoding == 0)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return TruncateAt > 0 && TruncateAt < bytes.Length ? bytes[..TruncateAt] : bytes;
    }

    private string Text()
    {
        var title = Quoting switch
        {
            1 => $"\"Talk: {(Secrecy == Secrecy.PrivateNote ? Token : "roadmap")} # not a comment\"",
            2 => $"'It''s {(Secrecy == Secrecy.PrivateNote ? Token : "fine")}'",
            3 => $"|\n  Multi line {(Secrecy == Secrecy.PrivateNote ? Token : "title")}",
            _ => Secrecy == Secrecy.PrivateNote ? $"Catch-up {Token}" : "Catch-up",
        };
        var front = new StringBuilder();
        if (Secrecy == Secrecy.PrivateNote && Index % 2 == 0)
        {
            front.Append("private: ").Append(PrivateValues[PrivateValue % PrivateValues.Length]).Append('\n');
        }

        front.Append("date: 2026-03-").Append((10 + Index).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append("with: alice-chen\n")
            .Append("title: ").Append(title).Append('\n')
            .Append("tags: [").Append(Secrecy == Secrecy.PrivateNote ? Token : "weekly").Append("]\n");
        if (Secrecy == Secrecy.PrivateNote && Index % 2 == 1)
        {
            front.Append("private: ").Append(PrivateValues[PrivateValue % PrivateValues.Length]).Append('\n');
        }

        var body = new StringBuilder("## Notes\n");
        var nest = new string('>', Nesting);
        if (Nesting > 0)
        {
            body.Append(nest).Append(" deep quote\n\n");
        }

        var secret = Secrecy == Secrecy.Public ? $"Public remark {Token}." : $"Secret remark {Token}.";
        if (Secrecy == Secrecy.PrivateBlock)
        {
            var (open, close) = BlockSpellings[BlockSpelling % BlockSpellings.Length];
            secret = Nested
                ? $"Before. {open}outer {open}inner{close} {secret} {close} After."
                : $"Before. {open}{secret}{close} After.";
        }

        body.Append(secret).Append("\n\n## Action items\n- [ ] @alice-chen Follow up ")
            .Append(Secrecy == Secrecy.PrivateNote ? Token : "soon").Append(" due:2026-04-01\n");
        return $"{Fences[Fence % Fences.Length]}\n{front}---\n{body}";
    }

    /// <summary>Generates notes: mostly sound ones with one or two kinds of damage, so that the parser's every branch is reached.</summary>
    public static Gen<MutatedNote> Generator(int index) =>
        Gen.Select(
            Gen.Int[0, 2].Select(i => (Secrecy)i),
            Gen.Int[0, 20],
            Gen.Int[0, 20],
            Gen.Bool,
            Gen.Frequency((6, Gen.Const(0)), (4, Gen.Int[1, Fences.Length - 1])),
            Gen.Bool,
            Gen.Bool,
            Gen.Int[0, 3],
            (secrecy, value, spelling, nested, fence, crlf, bom, quoting) => (secrecy, value, spelling, nested, fence, crlf, bom, quoting))
        .SelectMany(a => Gen.Select(
            Gen.Frequency((8, Gen.Const(0)), (1, Gen.Int[1, 40]), (1, Gen.Int[100, 400])),
            Gen.Frequency((8, Gen.Const(0)), (2, Gen.Int[1, 3])),
            Gen.Frequency((7, Gen.Const(0)), (3, Gen.Int[1, 600])),
            (nesting, encoding, truncate) => new MutatedNote(index, a.secrecy, a.value, a.spelling, a.nested, a.fence, a.crlf, a.bom, a.quoting, nesting, encoding, truncate)));
}
