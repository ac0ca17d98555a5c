namespace TextPipe.Readers.Html;

/// <summary>
/// Splits a <c>class</c> or <c>id</c> value into lower-case words the way authors compose them: at spaces,
/// dashes, underscores and other punctuation, at digits, and at camel-case humps
/// (<c>post-shareBar_top</c> → post, share, bar, top; <c>BBCNav</c> → bbc, nav).
/// </summary>
internal static class ClassWords
{
    public static List<string> Split(string value)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            if (!char.IsLetter(c))
            {
                Add(i);
                start = -1;
                continue;
            }
            if (start < 0)
            {
                start = i;
                continue;
            }
            char previous = value[i - 1];
            bool hump = char.IsUpper(c) && char.IsLower(previous);
            bool acronymEnd = char.IsUpper(previous) && char.IsUpper(c) && i + 1 < value.Length && char.IsLower(value[i + 1]);
            if (hump || acronymEnd)
            {
                Add(i);
                start = i;
            }
        }
        return words;

        void Add(int end)
        {
            if (start >= 0 && end > start)
            {
                words.Add(value[start..end].ToLowerInvariant());
            }
        }
    }
}
