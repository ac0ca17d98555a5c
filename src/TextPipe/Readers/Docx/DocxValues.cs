using System.Globalization;
using DocumentFormat.OpenXml;

namespace TextPipe.Readers.Docx;

/// <summary>
/// Attribute values read as written. The SDK's typed <c>Value</c> parses the attribute's text on first read and throws
/// a <see cref="FormatException"/> when it is not what the schema says (<c>w:numId w:val="f001"</c>, found by the fuzzer);
/// a damaged attribute here means "not given", never a failed document.
/// </summary>
internal static class DocxValues
{
    /// <summary>The integer written, or null when there is none or it is not an integer.</summary>
    public static int? IntOf(Int32Value? value) =>
        value?.InnerText is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) ? number : null;

    /// <summary>True for an on/off attribute written on (<c>true</c>, <c>1</c>, <c>on</c>); anything else, damaged included, is off.</summary>
    public static bool IsOn(OnOffValue? value) => value?.InnerText is "true" or "1" or "on";
}
