using System.Collections.Immutable;
using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>encoding</c>: text inputs must be UTF-8 (ASCII is UTF-8) unless the rules file allows others, and must decode
/// without undecodable bytes. Binary formats (PDF, DOCX) carry no text encoding and pass.
/// </summary>
public sealed class EncodingRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "encoding", "hygiene", "Text inputs are UTF-8 (or an allowed encoding) and decode without undecodable bytes", CheckSeverity.Error,
        [new("allowed", CheckParameterKind.TextList, ImmutableArray.Create("utf-8"), "encodings allowed (WHATWG names: utf-8, gb18030, big5, windows-1252...)")]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        string? encoding = document.Document.Metadata.Encoding;
        var allowed = settings.TextList("allowed");
        if (encoding is not null && !IsAllowed(encoding, allowed))
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"encoding {encoding} is not allowed (allowed: {string.Join(", ", allowed)})")) with { Snippet = encoding }));
        }
        foreach (var flag in document.Document.Flags)
        {
            if (flag.Code == TextDecoder.UndecodableBytesFlag)
            {
                findings.Add(document.Whole(settings.Finding(flag.Message)) with { Snippet = flag.Code });
            }
        }
    }

    private static bool IsAllowed(string encoding, ImmutableArray<string> allowed)
    {
        string name = encoding.ToLowerInvariant();
        return allowed.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            || (name is "us-ascii" or "ascii" && allowed.Any(a => string.Equals(a, "utf-8", StringComparison.OrdinalIgnoreCase)));
    }
}
