using System.Text;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

public sealed class TextDecoderTests
{
    [Fact]
    public void A_byte_order_mark_is_removed_and_crlf_becomes_lf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ndate: 2026-01-01\r\n---\r\nHi\r")).ToArray();
        var (text, error) = TextDecoder.Decode(bytes);
        Assert.Null(error);
        Assert.Equal("---\ndate: 2026-01-01\n---\nHi\n", text);
    }

    [Fact]
    public void Binary_and_latin1_files_are_refused_with_a_reason()
    {
        Assert.Contains("binary", TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).Error);
        Assert.Contains("not valid UTF-8", TextDecoder.Decode(Encoding.Latin1.GetBytes("line one\ncaf\u00e9\n")).Error);
        Assert.Contains("near line 2", TextDecoder.Decode(Encoding.Latin1.GetBytes("line one\ncaf\u00e9\n")).Error);
    }
}
