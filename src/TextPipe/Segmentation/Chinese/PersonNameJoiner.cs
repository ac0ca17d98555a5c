using TextPipe.Text;

namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// The MSR convention's full person names: a surname the segmenter left as a word of its own, followed
/// by a one- or two-character given name, becomes one word (秦/光荣 → 秦光荣, 蔡/成/富 → 蔡成富, 张/钧 → 张钧).
/// The decision uses the characters' name-role scores (log-odds of surname and given-name use against
/// running text, <see cref="PersonNameRoles"/>); words the dictionary keeps whole (王国, 高兴, 和平) never
/// reach it, and function characters (说, 的, 在) score far too low to pass for a given name.
/// </summary>
internal sealed class PersonNameJoiner(PersonNameRoles roles)
{
    // A surname must be at least e^2.5 (about 12) times likelier to start a name than its rate in text.
    private const float MinSurnameScore = 2.5f;

    // A two-character given name must be, taken together, no less likely in names than in text.
    private const float MinTwoCharacterGivenScore = 0f;

    // A one-character given name must pass the surname's own bar: surname + one character is also how
    // ordinary text looks where the surname is a word (老王/来, 李/说), so it needs stronger evidence.
    private const float MinOneCharacterGivenScore = MinSurnameScore;

    /// <summary>Joins, in place, the names among the words of <paramref name="text"/> from index <paramref name="first"/> on.</summary>
    public void Join(ReadOnlySpan<char> text, List<WordSpan> words, int first)
    {
        int write = first;
        int k = first;
        while (k < words.Count)
        {
            int next = NameEnd(text, words, k);
            words[write++] = next == k + 1 ? words[k] : new WordSpan(words[k].Start, words[next - 1].End - words[k].Start);
            k = next;
        }
        words.RemoveRange(write, words.Count - write);
    }

    /// <summary>Index after the name that starts at words[k], or k + 1 when none does.</summary>
    private int NameEnd(ReadOnlySpan<char> text, List<WordSpan> words, int k)
    {
        if (!IsHan(text, words[k], 1) || k + 1 >= words.Count)
        {
            return k + 1;
        }
        if (roles.Surname(text[words[k].Start]) < MinSurnameScore)
        {
            return k + 1;
        }
        WordSpan next = words[k + 1];
        if (IsHan(text, next, 2))
        {
            return Given(text, next.Start) + Given(text, next.Start + 1) >= MinTwoCharacterGivenScore ? k + 2 : k + 1;
        }
        if (!IsHan(text, next, 1))
        {
            return k + 1;
        }
        float first = Given(text, next.Start);
        if (k + 2 < words.Count && IsHan(text, words[k + 2], 1) && first + Given(text, words[k + 2].Start) >= MinTwoCharacterGivenScore)
        {
            return k + 3;
        }
        return first >= MinOneCharacterGivenScore ? k + 2 : k + 1;
    }

    private float Given(ReadOnlySpan<char> text, int at) => roles.Given(text[at]);

    private static bool IsHan(ReadOnlySpan<char> text, WordSpan word, int length)
    {
        if (word.Length != length)
        {
            return false;
        }
        foreach (char c in text.Slice(word.Start, length))
        {
            if (!Scripts.IsHan(c))
            {
                return false;
            }
        }
        return true;
    }
}
