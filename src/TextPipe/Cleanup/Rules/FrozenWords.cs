using System.Collections.Frozen;

namespace TextPipe.Cleanup.Rules;

/// <summary>A small fixed set of lower-case words, built once and read by many threads.</summary>
internal sealed class FrozenWords(params string[] words)
{
    private readonly FrozenSet<string> set = words.ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string word) => set.Contains(word);
}
