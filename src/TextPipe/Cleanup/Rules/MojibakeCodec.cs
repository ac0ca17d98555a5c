using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A single-byte code page as mojibake repair needs it: which byte each character came from. "Sloppy" like
/// the decoders that make mojibake: a byte the code page leaves undefined came through as the C1 control of
/// the same value, so that control maps back to it.
/// </summary>
internal sealed class MojibakeCodec
{
    private readonly FrozenDictionary<char, byte> bytes;

    // The non-ASCII characters this code page makes of bytes 80–FF, and U+FFFD (a byte a lossy decoder lost).
    private readonly SearchValues<char> highCharacters;

    private MojibakeCodec(string name, int codePage, bool primary, bool acceptLatin1Controls)
    {
        Name = name;
        Primary = primary;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));
        var map = new Dictionary<char, byte>();
        for (int b = 0x80; b <= 0xFF; b++)
        {
            string decoded = encoding.GetString([(byte)b]);
            char c = decoded.Length == 1 && decoded[0] != '\uFFFD' ? decoded[0] : (char)b;
            map.TryAdd(c, (byte)b);
            if (acceptLatin1Controls && b <= 0x9F)
            {
                // ISO-8859-1 decoders leave 0x80–0x9F as C1 controls where Windows-1252 has € ‚ ƒ...: one codec serves both.
                map.TryAdd((char)b, (byte)b);
            }
        }
        bytes = map.ToFrozenDictionary();
        highCharacters = SearchValues.Create([.. map.Keys.Where(c => c >= 0x80).Append('\uFFFD').Order()]);
    }

    /// <summary>The name the edit notes use (<c>windows-1252</c>, <c>mac-roman</c>...).</summary>
    public string Name { get; }

    /// <summary>
    /// Windows-1252 / Latin-1: by far the most common wrong decoding, so it needs the least evidence; the
    /// others must show more than one damaged character before they are believed.
    /// </summary>
    public bool Primary { get; }

    /// <summary>The code pages tried, most likely first (ties go to the earlier one).</summary>
    public static IReadOnlyList<MojibakeCodec> All { get; } =
    [
        new("windows-1252", 1252, primary: true, acceptLatin1Controls: true),
        new("windows-1251", 1251, primary: false, acceptLatin1Controls: false),
        new("windows-1250", 1250, primary: false, acceptLatin1Controls: false),
        new("iso-8859-2", 28592, primary: false, acceptLatin1Controls: false),
        new("windows-1253", 1253, primary: false, acceptLatin1Controls: false),
        new("windows-1254", 1254, primary: false, acceptLatin1Controls: false),
        new("windows-1257", 1257, primary: false, acceptLatin1Controls: false),
        new("mac-roman", 10000, primary: false, acceptLatin1Controls: false),
        new("cp437", 437, primary: false, acceptLatin1Controls: false),
    ];

    public static MojibakeCodec Windows1252 => All[0];

    /// <summary>The byte <paramref name="c"/> came from, or -1 when this code page cannot produce it.</summary>
    public int ByteOf(char c) => c < 0x80 ? c : bytes.TryGetValue(c, out byte b) ? b : -1;

    /// <summary>
    /// Whether <paramref name="text"/> holds a character this code page makes of a high byte (or U+FFFD): text
    /// without one cannot have been decoded with it, and a vectorised search says so without a lookup per character.
    /// </summary>
    public bool MayHaveReadBytes(ReadOnlySpan<char> text) => text.ContainsAny(highCharacters);

    /// <summary>Whether <paramref name="c"/> came from a C1 byte that Windows-1252 defines (read as Latin-1).</summary>
    public static bool IsLatin1Reading(char c) => c is >= '\u0080' and <= '\u009F' and not ('\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D');
}
