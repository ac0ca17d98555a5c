using System.Collections.Immutable;

namespace TextPipe.Language;

/// <summary>
/// A set of candidate languages (e.g. from <c>--langs zh,en,fr</c>): the detector only answers with one of
/// them. Codes are compared on their primary subtag, so <c>zh</c> admits <c>zh-Hant</c>.
/// </summary>
public sealed class LanguageSet
{
    private readonly ImmutableHashSet<string> _primary;

    public LanguageSet(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _primary = codes.Select(Primary).Where(c => c.Length > 0).ToImmutableHashSet(StringComparer.Ordinal);
        if (_primary.IsEmpty)
        {
            throw new ArgumentException("A candidate set needs at least one language.", nameof(codes));
        }
    }

    /// <summary>Parses a comma-separated list such as <c>zh,en,fr</c>.</summary>
    public static LanguageSet Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new LanguageSet(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public IReadOnlyCollection<string> Codes => _primary;

    public bool Contains(string lang) => _primary.Contains(Primary(lang));

    public override string ToString() => string.Join(',', _primary.Order(StringComparer.Ordinal));

    private static string Primary(string code)
    {
        int dash = code.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? code : code[..dash]).Trim().ToLowerInvariant();
    }
}
