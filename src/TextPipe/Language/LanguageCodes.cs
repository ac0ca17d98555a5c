using System.Text.RegularExpressions;

namespace TextPipe.Language;

/// <summary>Checks the shape of a language tag a user typed (<c>zh</c>, <c>zh-Hant</c>, <c>pt-BR</c>), not whether we detect it.</summary>
public static partial class LanguageCodes
{
    public static bool IsWellFormed(string code) => Tag().IsMatch(code);

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Tag();
}
