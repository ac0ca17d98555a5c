using System.Collections.Immutable;
using TextPipe.Cleanup;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup;

/// <summary>
/// Every rule and every profile over clean text in languages whose punctuation and spacing are not Chinese
/// (Korean separates words with spaces and uses ASCII marks; Japanese has its own comma conventions; Arabic,
/// Russian and Vietnamese have theirs), and over text whose punctuation is syntax (code, JSON Lines, URLs,
/// part-of-speech annotated Chinese). The inputs are already NFC and clean, so any removal or replacement is a
/// rule applying a convention where it does not belong.
/// </summary>
public class ForeignScriptConformanceTests
{
    private static readonly RuleCatalog Catalog = DefaultRules.CreateCatalog();

    public static TheoryData<string, string[]> CleanTexts() => new()
    {
        {
            "ko", [
                "서울시는 지난 5일, 시민 1,200명을 대상으로 한 설문조사 결과를 발표했다. 응답자의 63.5%는 \"대중교통 요금 인상에 반대한다\"고 답했으며, 특히 20대(청년층)의 반대가 가장 컸다.",
                "이번 조사는 한국여론연구원(원장 박서연)이 맡았고, 오차 범위는 ±2.8%포인트다. 그건 이 사안을 다시 살펴보자는 뜻이다: 요금보다 배차 간격이 문제라는 것이다!",
                "회의는 오후 3:30에 시작한다. 참석자: 김민준, 이서윤, 최지우 (총 3명).",
            ]
        },
        {
            "ja", [
                "東京都は3日、新しい防災計画（案）を公表した。計画では、首都直下地震が起きた場合の被害想定を見直し、避難所の数を約1.5倍に増やすとしている。",
                "担当者は「住民の皆さんに、日頃からの備えをお願いしたい」と話した。説明会は来月10日(土)午後2時から区役所で開かれる。",
                "本稿では, 関数 f の連続性について述べる. まず, 定義を確認しよう: 任意の点で極限が存在する場合を考える.",
                "きょうは いい 天気です。 こうえんで あそびましょう。",
            ]
        },
        {
            "ar", [
                "أعلنت وزارة الصحة، يوم الأحد، عن افتتاح ثلاثة مستشفيات جديدة في المدينة (بتكلفة 40 مليون دولار). وقال المتحدث باسم الوزارة: \"نعمل على تحسين الخدمات للجميع\".",
                "هل تعرف متى يبدأ الاجتماع؟ سيبدأ في الساعة 10:30 صباحاً، وفقاً للجدول المنشور.",
            ]
        },
        {
            "ru", [
                "В понедельник, 3 марта, в Новосибирске открылась выставка «Наука и жизнь» (вход свободный). По словам организаторов, за первые два дня её посетили более 5 000 человек.",
                "Почему это важно? Потому что, как отметил директор музея, «наука должна быть доступна каждому»; следующая выставка пройдёт осенью.",
            ]
        },
        {
            "vi", [
                "Hà Nội, ngày 12 tháng 3 năm 2024 – Bộ Giáo dục và Đào tạo (GD&ĐT) vừa công bố kế hoạch tuyển sinh mới. Theo đó, các trường đại học sẽ được tự chủ hơn trong việc xét tuyển.",
                "Ông Nguyễn Văn An cho biết: \"Chúng tôi sẽ lắng nghe ý kiến của học sinh, phụ huynh và giáo viên.\" Kế hoạch dự kiến áp dụng từ năm học 2025–2026.",
            ]
        },
        {
            "code-in-text", [
                "分词时调用 jieba.lcut(text, cut_all=False) 即可，返回一个列表。",
                "Run tokenizer.encode(text, add_special_tokens=True) and check len(ids) < 512.",
                "表情短码 :tada: 和 :+1: 在 GitHub 上会显示为图标。",
            ]
        },
        {
            "json-lines", [
                "{\"id\": 1, \"text\": \"今天天气很好,我们去公园吧!\", \"label\": \"正面\"}\n{\"id\": 2, \"text\": \"服务太差(等了一个小时):不会再来\", \"label\": \"负面\"}",
                "[\"北京\", \"上海\", \"广州\"]",
            ]
        },
        {
            "urls", [
                "详情请访问https://example.org/news?id=12,34&lang=zh（官方网站）或发邮件至press@example.org。",
                "镜像地址：www.example.cn/mirror/a,b;c 和 ftp://files.example.net/pub/(old)/",
            ]
        },
        {
            "pos-tagged-zh", [
                "迈向/v 充满/vn 希望/n 的/u 新/a 世纪/n ，/w 一九九八年/t 新年/t 讲话/n （/w 附/v 图片/n ）/w",
                "锦/Ag ，/w 绣/Vg ：/w 江山/n \"/w 如画/v \"/w 。/w",
                "中国_NR 经济_NN 保持_VV 增长_NN ,_PU 出口_NN 回升_VV 。_PU",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(CleanTexts))]
    public void No_rule_and_no_profile_changes_clean_text(string kind, string[] paragraphs)
    {
        Assert.False(string.IsNullOrEmpty(kind));
        RuleConformance.NoRuleChanges(Catalog, CleanupTestDocuments.FromParagraphs(paragraphs));
    }

    [Fact]
    public void Code_blocks_are_left_alone_by_every_rule()
    {
        var doc = CleanupTestDocuments.FromBlocks(ImmutableArray.Create(
            new Block(BlockKind.Paragraph, "下面的代码演示了用法："),
            new Block(BlockKind.Code, "import jieba\nwords = jieba.lcut(\"我来到北京清华大学\", cut_all=False)\nprint(\", \".join(words))  # 输出: 我, 来到, 北京")));
        RuleConformance.NoRuleChanges(Catalog, doc);
    }
}
