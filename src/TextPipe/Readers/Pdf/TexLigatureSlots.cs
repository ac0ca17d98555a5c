namespace TextPipe.Readers.Pdf;

/// <summary>
/// Text for the ligature slots of TeX's font encodings when a font maps every other code but not these (bitmap
/// Type 3 fonts from old TeX papers often name no glyph there): OT1 puts ff, fi, fl, ffi, ffl at 0x0B–0x0F and
/// T1 (EC) at 0x1B–0x1F. The two ranges do not overlap, so one table serves both.
/// </summary>
internal static class TexLigatureSlots
{
    public static string? TextFor(string value) => value.Length == 1 ? value[0] switch
    {
        '\u000B' or '\u001B' => "ff",
        '\u000C' or '\u001C' => "fi",
        '\u000D' or '\u001D' => "fl",
        '\u000E' or '\u001E' => "ffi",
        '\u000F' or '\u001F' => "ffl",
        _ => null,
    } : null;
}
