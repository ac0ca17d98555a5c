using System.Text;

namespace TextPipe.Tests.Text;

/// <summary>Sample texts (written for these tests) and helpers to encode them.</summary>
internal static class TextFixtures
{
    public const string SimplifiedParagraph =
        "春天来了，公园里的花都开了。孩子们在草地上奔跑，老人们坐在长椅上聊天。我觉得这是一年中最美好的季节。";

    public const string SimplifiedMeeting =
        "今天下午我们开会讨论了新项目的计划。大家都同意先完成第一阶段的工作，然后再决定下一步。会议结束以后，经理请我们写一份简单的报告。";

    public const string SimplifiedShort = "昨晚下了一场大雨";

    public const string SimplifiedTwoCharacters = "中文";

    public const string TraditionalParagraph =
        "春天來了，公園裡的花都開了。孩子們在草地上奔跑，老人們坐在長椅上聊天。我覺得這是一年中最美好的季節。";

    public const string TraditionalMeeting =
        "今天下午我們開會討論了新計畫。大家都同意先完成第一階段的工作，然後再決定下一步。會議結束以後，經理請我們寫一份簡單的報告。";

    public const string TraditionalShort = "昨晚下了一場大雨";

    public const string JapaneseParagraph =
        "春が来ました。公園の桜が満開になり、たくさんの人が花見を楽しんでいます。明日は友達と一緒に行く予定です。";

    public const string JapaneseShort = "こんにちは";

    public const string KoreanParagraph =
        "봄이 왔습니다. 공원에 꽃이 활짝 피었고 아이들이 잔디밭에서 뛰어놀고 있습니다. 내일은 친구와 함께 산책할 예정입니다.";

    public const string KoreanShort = "안녕하세요";

    public const string FrenchParagraph =
        "Le printemps est arrivé : dans le jardin, les pêchers sont en fleurs et les enfants jouent près de la fenêtre. "
        + "Ça fait du bien après un hiver si froid ! Noël semble déjà loin, et l’on rêve d’été.";

    public const string FrenchShort = "café crème";

    public const string Ascii = "Plain ASCII text.\nSecond line, with digits 12345.";

    /// <summary>Every text with the legacy encoding it is written in and the name the decoder must report.</summary>
    public static TheoryData<string, string> LegacyTexts => new()
    {
        { "gb18030", SimplifiedParagraph },
        { "gb18030", SimplifiedMeeting },
        { "gb18030", SimplifiedShort },
        { "gb18030", SimplifiedTwoCharacters },
        { "big5", TraditionalParagraph },
        { "big5", TraditionalMeeting },
        { "big5", TraditionalShort },
        { "shift_jis", JapaneseParagraph },
        { "shift_jis", JapaneseShort },
        { "euc-kr", KoreanParagraph },
        { "euc-kr", KoreanShort },
        { "windows-1252", FrenchParagraph },
        { "windows-1252", FrenchShort },
    };

    /// <summary>All texts, for the Unicode encodings.</summary>
    public static IEnumerable<string> AllTexts =>
    [
        SimplifiedParagraph, SimplifiedMeeting, SimplifiedShort, SimplifiedTwoCharacters, TraditionalParagraph,
        TraditionalMeeting, TraditionalShort, JapaneseParagraph, JapaneseShort, KoreanParagraph, KoreanShort,
        FrenchParagraph, FrenchShort, Ascii,
    ];

    public static TheoryData<string, string> UnicodeTexts
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string encoding in new[] { "utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be" })
            {
                foreach (string text in AllTexts)
                {
                    data.Add(encoding, text);
                }
            }
            return data;
        }
    }

    static TextFixtures()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The .NET encoding for a reported name; GB18030 also stands for GBK, EUC-KR for its UHC superset.</summary>
    public static Encoding Get(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true),
        "utf-32be" => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true),
        _ => Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
    };

    /// <summary>The text's bytes in <paramref name="encoding"/>, with no BOM.</summary>
    public static byte[] Bytes(string encoding, string text) => Get(encoding).GetBytes(text);

    /// <summary>The text's bytes in <paramref name="encoding"/>, preceded by its BOM.</summary>
    public static byte[] BytesWithBom(string encoding, string text) => [.. Bom(encoding), .. Bytes(encoding, text)];

    public static byte[] Bom(string encoding) => encoding switch
    {
        "utf-8" => [0xEF, 0xBB, 0xBF],
        "utf-16le" => [0xFF, 0xFE],
        "utf-16be" => [0xFE, 0xFF],
        "utf-32le" => [0xFF, 0xFE, 0x00, 0x00],
        "utf-32be" => [0x00, 0x00, 0xFE, 0xFF],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "no BOM"),
    };
}
