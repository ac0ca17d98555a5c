using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TextPipe.Cleanup.Rules;

/// <summary>What a boilerplate line is; captions and bylines move to metadata, the rest is removed.</summary>
internal enum BoilerplateKind
{
    Counter,
    Comment,
    Credit,
    End,
    Byline,
    Caption,
}

/// <summary>
/// One row of the boilerplate table. <see cref="Pattern"/> matches a whole line (trimmed, decorations such as
/// <c>□ ■ ●</c> already stripped). A named group <c>v</c> marks the free part of the line (a source, a name,
/// a caption): it must pass the feature checks for its kind (short and not a sentence for credits and
/// bylines, one sentence for captions), which is what lets "来源：据统计，今年……" or "By 2030 the city…" stay.
/// </summary>
/// <param name="MaxChars">Longer lines are content whatever they start with.</param>
/// <param name="EdgeOnly">Only near the start or end of the document (bare button words such as "Reply", "评论").</param>
/// <param name="Continues">A caption that may run on over wrapped lines until one ends a sentence.</param>
/// <param name="CaptionIfDescriptive">A credit label whose value may instead be a descriptive caption ("Photo : Des visiteurs…").</param>
internal sealed record BoilerplatePattern(
    string Id,
    BoilerplateKind Kind,
    Regex Pattern,
    int MaxChars = 80,
    bool EdgeOnly = false,
    bool Continues = false,
    bool CaptionIfDescriptive = false);

/// <summary>
/// The boilerplate tables, one per language: adding a language is adding rows. Patterns are written against
/// one trimmed line; their matchers are generated at build time (the declarations at the end).
/// </summary>
internal static partial class BoilerplatePatterns
{
    // Source-generated (GeneratedRegex below), so a process pays nothing to build them: compiling some forty
    // patterns with RegexOptions.Compiled at start-up cost about half a second per run.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions NoCase = Options | RegexOptions.IgnoreCase;

    // A count such as 1,234 / 2.3万 / 1.2K / 10+.
    private const string Num = @"\d[\d,.\u00A0\u202F]*\s*[万千亿wWkKmM]?\+?";

    // Chinese person names: 2–4 Han characters, or transliterations joined by a middle dot; several separated by spaces or 、.
    private const string HanName = @"(?:\p{IsCJKUnifiedIdeographs}{1,6}[·•]\p{IsCJKUnifiedIdeographs}{1,8}|\p{IsCJKUnifiedIdeographs}{2,4})";
    private const string HanNames = HanName + @"(?:[\s、，,]+" + HanName + "){0,5}";

    // Latin person names: at least two capitalised words (particles allowed), several joined by commas or and/et/&.
    private const string NotAName = @"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|These|Those|Then|Using|By|Par|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Le|La|Les|Ce|Cette|Ces)\b)";
    private const string LatinName = NotAName + @"\p{Lu}[\p{Ll}'’.\-]*(?:\s+(?:(?:de|du|des|van|von|der|da|di|le|la|bin|al)\s+)?\p{Lu}[\p{L}'’.\-]*){1,3}";
    private const string LatinNames = LatinName + @"(?:\s*(?:,|&|\band\b|\bet\b)\s*" + LatinName + "){0,4}";

    // "新华社记者 李明 摄": the photographer's credit under a Chinese news photo.
    private const string ReporterPhoto = @"(?:新华社|中新社|本报|本刊|人民日报|央视)?(?:特约|实习)?记者\s*" + HanNames + @"\s*摄(?:影)?";

    // Picture agencies and libraries whose name alone is a photo credit.
    private const string PictureAgency = @"(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|AP Photo|PA Images|PA Wire|EPA-EFE|Hans Lucas|Sipa Press)";

    // A newsroom role after a name: "Richard Adams Education editor", "Marie Dupont | Journaliste".
    private const string EnglishRole = @"(?i:(?:(?:senior|chief|staff|deputy|political|education|science|foreign|economics|business|health|technology|sports?|arts|culture|environment|transport|media|data|legal|social affairs|home affairs|security)\s+)?(?:reporter|correspondent|editor|writer|journalist|columnist|contributor))";
    private const string FrenchRole = @"(?i:(?:grand\s+)?(?:reporter|journaliste|correspondante?|rédacteur|rédactrice|chroniqueur|chroniqueuse|envoyée?\s+spéciale?)(?:\s+à\s+[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2})?)";

    private const string EndWord = @"(?:完|全文完|本文完|终|End|END|end|Fin|FIN|fin|THE END|The End)";

    /// <summary>Rows for every language: end markers.</summary>
    public static ImmutableArray<BoilerplatePattern> Common { get; } =
    [
        new("end-marker-bracketed", BoilerplateKind.End, EndMarkerBracketedRegex(), 12),
        new("end-marker-dashed", BoilerplateKind.End, EndMarkerDashedRegex(), 16),
        new("end-marker-word", BoilerplateKind.End, EndMarkerWordRegex(), 8),
    ];

    public static ImmutableArray<BoilerplatePattern> Chinese { get; } =
    [
        new("zh-counter", BoilerplateKind.Counter, ZhCounterRegex(), 40),
        new("zh-share", BoilerplateKind.Counter, ZhShareRegex(), 40),
        new("zh-comment-form", BoilerplateKind.Comment, ZhCommentFormRegex(), 80),
        new("zh-comment-button", BoilerplateKind.Comment, ZhCommentButtonRegex(), 4, EdgeOnly: true),
        new("zh-credit", BoilerplateKind.Credit, ZhCreditRegex(), 300),
        new("zh-photo-credit", BoilerplateKind.Credit, ZhPhotoCreditRegex(), 40),
        new("zh-credit-bracketed", BoilerplateKind.Credit, ZhCreditBracketedRegex(), 40),
        new("zh-byline-staff", BoilerplateKind.Byline, ZhBylineStaffRegex(), 60),
        // Any outlet's reporter near the top, the name set off by a space: "半月谈记者 史卫燕".
        new("zh-byline-outlet", BoilerplateKind.Byline, ZhBylineOutletRegex(), 40, EdgeOnly: true),
        new("zh-byline", BoilerplateKind.Byline, ZhBylineRegex(), 40),
        new("zh-photo-credit-reporter", BoilerplateKind.Credit, ZhPhotoCreditReporterRegex(), 40),
        new("zh-caption-marker", BoilerplateKind.Caption, ZhCaptionMarkerRegex(), 300, Continues: true),
        new("zh-caption-figure", BoilerplateKind.Caption, ZhCaptionFigureRegex(), 200, Continues: true),
    ];

    public static ImmutableArray<BoilerplatePattern> English { get; } =
    [
        new("en-counter", BoilerplateKind.Counter, EnCounterRegex(), 40),
        new("en-share", BoilerplateKind.Counter, EnShareRegex(), 70),
        new("en-comment-form", BoilerplateKind.Comment, EnCommentFormRegex(), 120),
        new("en-comment-button", BoilerplateKind.Comment, EnCommentButtonRegex(), 8, EdgeOnly: true),
        new("en-credit", BoilerplateKind.Credit, EnCreditRegex(), 300),
        new("en-reporting-by", BoilerplateKind.Credit, EnReportingByRegex(), 160),
        new("en-photo", BoilerplateKind.Credit, EnPhotoRegex(), 300, CaptionIfDescriptive: true),
        new("en-photo-bracketed", BoilerplateKind.Credit, EnPhotoBracketedRegex(), 300, CaptionIfDescriptive: true),
        new("en-agency-credit", BoilerplateKind.Credit, EnAgencyCreditRegex(), 70),
        new("en-byline", BoilerplateKind.Byline, EnBylineRegex(), 90),
        new("en-byline-role", BoilerplateKind.Byline, EnBylineRoleRegex(), 90, EdgeOnly: true),
        // Caption labels are capitalised and so is the caption after them; "below: if a package…" is prose.
        new("en-caption", BoilerplateKind.Caption, EnCaptionRegex(), 300),
    ];

    public static ImmutableArray<BoilerplatePattern> French { get; } =
    [
        new("fr-counter", BoilerplateKind.Counter, FrCounterRegex(), 40),
        new("fr-share", BoilerplateKind.Counter, FrShareRegex(), 70),
        new("fr-comment-form", BoilerplateKind.Comment, FrCommentFormRegex(), 140),
        new("fr-comment-button", BoilerplateKind.Comment, FrCommentButtonRegex(), 10, EdgeOnly: true),
        new("fr-credit", BoilerplateKind.Credit, FrCreditRegex(), 300),
        new("fr-photo", BoilerplateKind.Credit, FrPhotoRegex(), 300, CaptionIfDescriptive: true),
        new("fr-byline", BoilerplateKind.Byline, FrBylineRegex(), 90),
        new("fr-byline-role", BoilerplateKind.Byline, FrBylineRoleRegex(), 90, EdgeOnly: true),
        new("fr-caption", BoilerplateKind.Caption, FrCaptionRegex(), 300),
    ];

    /// <summary>All rows in the order they are tried.</summary>
    public static ImmutableArray<BoilerplatePattern> All { get; } = [.. Common, .. Chinese, .. English, .. French];

    /// <summary>
    /// A credit at the end of a line: <c>… 2024 /CFP</c>, <c>（图片来源：视觉中国）</c>, <c>(Photo: Xinhua)</c>.
    /// On a one-sentence line it marks a photo caption; at the end of a longer paragraph only the credit goes.
    /// </summary>
    public static Regex CreditSuffix { get; } = CreditSuffixRegex();

    /// <summary>An end marker closing the last paragraph of the document: <c>… transformation. (End)</c>.</summary>
    public static Regex EndSuffix { get; } = EndSuffixRegex();

    /// <summary>Decorations in front of a furniture line: <c>□本报记者</c>, <c>■ 来源</c>, <c>• Share</c>.</summary>
    public static Regex Decoration { get; } = DecorationRegex();

    [GeneratedRegex(@"^[（(【\[〔]\s*" + EndWord + @"\s*[）)】\]〕]$", Options)]
    private static partial Regex EndMarkerBracketedRegex();

    [GeneratedRegex(@"^[\-–—_=~·*]+\s*" + EndWord + @"\s*[\-–—_=~·*]+$", Options)]
    private static partial Regex EndMarkerDashedRegex();

    [GeneratedRegex(@"^(?:全文完|本文完|THE END)$", Options)]
    private static partial Regex EndMarkerWordRegex();

    [GeneratedRegex(@"^(?:(?:阅读(?:量|数|次数)?|浏览(?:量|次数)?|点击(?:量|数)?|播放(?:量)?|点赞(?:数)?|赞|评论(?:数)?|收藏|转发|分享|在看|喜欢)\s*[:：]?\s*(?:" + Num + @")?(?:次|人)?|" + Num + @"\s*(?:人|次)?\s*(?:阅读|浏览|点赞|评论|收藏|转发|分享|在看|人看过|看过))(?:\s*[|｜·•/,，、]?\s*(?:(?:阅读(?:量|数|次数)?|浏览(?:量|次数)?|点击(?:量|数)?|播放(?:量)?|点赞(?:数)?|赞|评论(?:数)?|收藏|转发|分享|在看|喜欢)\s*[:：]?\s*(?:" + Num + @")?(?:次|人)?|" + Num + @"\s*(?:人|次)?\s*(?:阅读|浏览|点赞|评论|收藏|转发|分享|在看|人看过|看过)))*$", Options)]
    private static partial Regex ZhCounterRegex();

    [GeneratedRegex(@"^(?:分享到|分享至|转发到|一键分享|分享)\s*[:：]\s*[\p{L}\s、,，|｜/]{0,30}$", Options)]
    private static partial Regex ZhShareRegex();

    [GeneratedRegex(@"^(?:发表(?:回复|评论)|写(?:下)?(?:你的|您的)?评论|取消回复|提交评论|网友评论|最新评论|热门评论|全部评论|暂无评论|还没有评论[，,]?(?:快来抢沙发吧?)?[！!。]?|共\s*\d+\s*条评论|登录后(?:才能)?(?:发表)?评论|您的(?:电子)?邮箱(?:地址)?不会被公开。?(?:\s*必填项已用\s*\*\s*标注)?|必填项已用\s*\*\s*标注|(?:昵称|姓名|邮箱|网站|评论)\s*\*|在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。?)$", Options)]
    private static partial Regex ZhCommentFormRegex();

    [GeneratedRegex(@"^(?:回复|评论|发表|举报|顶|踩)$", Options)]
    private static partial Regex ZhCommentButtonRegex();

    [GeneratedRegex(@"^(?:【(?:来源|消息来源|文章来源|稿件来源|本文来源|图片来源|视频来源|图源|稿源|出处|转载自|原文链接|原标题|责任编辑|责编|编辑|校对|审核|审校|监制|制作|摄影)】\s*[:：]?|(?:来源|消息来源|文章来源|稿件来源|本文来源|图片来源|视频来源|图源|稿源|出处|转载自|原文链接|原标题|责任编辑|责编|编辑|校对|审核|审校|监制|制作|摄影)\s*[:：])\s*(?<v>.+)$", Options)]
    private static partial Regex ZhCreditRegex();

    [GeneratedRegex(@"^(?:摄|图|摄影|图片|视频)\s*[/|｜]\s*(?<v>.+)$", Options)]
    private static partial Regex ZhPhotoCreditRegex();

    [GeneratedRegex(@"^[（(]\s*(?:图片来源|图源|图|摄影|摄|来源|视频来源)\s*[:：/]\s*(?<v>[^（）()]+)[）)]$", Options)]
    private static partial Regex ZhCreditBracketedRegex();

    [GeneratedRegex(@"^(?:本报|本刊|本台|本网|新华社|中新社|中新网|人民网|央视网)(?:特约|实习)?(?:记者|通讯员|实习生|评论员)\s*[:：]?\s*(?<v>" + HanNames + @")(?:\s*(?:文\s*/\s*摄|文\s*/\s*图|摄影|摄|报道|文|图|整理|编译))?$", Options)]
    private static partial Regex ZhBylineStaffRegex();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,5}(?:特约|实习)?(?:记者|通讯员)\s+(?<v>" + HanNames + @")$", Options)]
    private static partial Regex ZhBylineOutletRegex();

    [GeneratedRegex(@"^(?:(?:特约|实习)?记者|通讯员|作者|撰文|文\s*/\s*摄|文\s*/\s*图|图\s*/\s*文|文)(?:\s*[:：/|｜]\s*|\s+)(?<v>" + HanNames + @")(?:\s*(?:文\s*/\s*摄|摄影|摄|报道|整理|编译))?$", Options)]
    private static partial Regex ZhBylineRegex();

    [GeneratedRegex(@"^[（(]\s*(?<v>" + ReporterPhoto + @")\s*[）)]$", Options)]
    private static partial Regex ZhPhotoCreditReporterRegex();

    [GeneratedRegex(@"^[▲▼△▽↑↓]\s*(?<v>.+)$", Options | RegexOptions.Singleline)]
    private static partial Regex ZhCaptionMarkerRegex();

    [GeneratedRegex(@"^(?:图为|图中为|上图为?|下图为?|左图为?|右图为?|图\s*\d+\s*[:：．.、]|图\s*[:：])\s*(?<v>.+)$", Options | RegexOptions.Singleline)]
    private static partial Regex ZhCaptionFigureRegex();

    [GeneratedRegex(@"^(?:(?:views?|likes?|shares?|comments?|reads?|retweets?|reposts?|claps?|upvotes?|reactions?)\s*:?\s*(?:" + Num + @")?|" + Num + @"\s*(?:views?|likes?|shares?|comments?|reads?|retweets?|reposts?|claps?|upvotes?|reactions?))(?:\s*[|·•/,]?\s*(?:(?:views?|likes?|shares?|comments?|reads?|retweets?|reposts?|claps?|upvotes?|reactions?)\s*:?\s*(?:" + Num + @")?|" + Num + @"\s*(?:views?|likes?|shares?|comments?|reads?|retweets?|reposts?|claps?|upvotes?|reactions?)))*$", NoCase)]
    private static partial Regex EnCounterRegex();

    [GeneratedRegex(@"^(?:Share this(?: article| story| post| page)?|Share on|Share|Follow us(?: on)?)\s*:\s*[\p{L}\s,|/&+]{0,60}$", NoCase)]
    private static partial Regex EnShareRegex();

    [GeneratedRegex(@"^(?:Leave a (?:Reply|Comment)(?: to .{1,40})?|Cancel reply|Post Comment|Submit Comment|Comments?\s*\(\d+\)|\d+\s+(?:Comments?|Responses?|Replies|Thoughts? on .{1,80})|No comments yet\.?|Be the first to comment\.?|You must be logged in to post a comment\.?|Your email address will not be published\.?(?:\s*Required fields are marked\s*\*)?|Required fields are marked\s*\*|(?:Name|Email|E-mail|Comment|Website)\s*\*|Save my name, email, and website in this browser for the next time I comment\.?)$", NoCase)]
    private static partial Regex EnCommentFormRegex();

    [GeneratedRegex(@"^(?:Reply|Comment|Like|Share|Tweet|Report)$", NoCase)]
    private static partial Regex EnCommentButtonRegex();

    [GeneratedRegex(@"^(?:Source|Sources|Photo credit|Image credit|Image source|Credits?|Courtesy(?: of)?|Via|Editor|Edited by|Reporting by|Writing by|Additional reporting by)\s*:\s*(?<v>.+)$", NoCase)]
    private static partial Regex EnCreditRegex();

    [GeneratedRegex(@"^\(?(?<v>(?:Reporting|Writing|Editing|Additional reporting) by .+?)\)?$", Options)]
    private static partial Regex EnReportingByRegex();

    [GeneratedRegex(@"^(?:Photos?|Image|Picture|Photograph)\s*:\s*(?<v>.+)$", NoCase)]
    private static partial Regex EnPhotoRegex();

    [GeneratedRegex(@"^\(\s*(?:Photos?|Image|Picture)\s*[:/]\s*(?<v>[^()]+)\)$", NoCase)]
    private static partial Regex EnPhotoBracketedRegex();

    [GeneratedRegex(@"^(?<v>(?:\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s*/\s*(?:AFP|Reuters|AP|EPA|Xinhua|Bloomberg|" + PictureAgency + @"))|" + PictureAgency + @")(?:\s+via\s+Getty Images)?$", Options)]
    private static partial Regex EnAgencyCreditRegex();

    [GeneratedRegex(@"^By\s+(?<v>" + LatinNames + @"(?:\s*[,|–—\-]\s*[\p{L} .'’&\-]{2,40})?)$", Options)]
    private static partial Regex EnBylineRegex();

    [GeneratedRegex(@"^(?<v>" + LatinNames + @")\s*(?:[|｜,–—]\s*|\s+)" + EnglishRole + "$", Options)]
    private static partial Regex EnBylineRoleRegex();

    [GeneratedRegex(@"^(?:Pictured|PICTURED|Above|ABOVE|Below|BELOW|Caption|CAPTION|Top|TOP|Photo above)\s*:\s*(?<v>[\p{Lu}\d""“‘'].*)$", Options)]
    private static partial Regex EnCaptionRegex();

    [GeneratedRegex(@"^(?:(?:vues?|j['’]aime|partages?|commentaires?|lectures?|réactions?)\s*:?\s*(?:" + Num + @")?|" + Num + @"\s*(?:vues?|j['’]aime|partages?|commentaires?|lectures?|réactions?))(?:\s*[|·•/,]?\s*(?:(?:vues?|j['’]aime|partages?|commentaires?|lectures?|réactions?)\s*:?\s*(?:" + Num + @")?|" + Num + @"\s*(?:vues?|j['’]aime|partages?|commentaires?|lectures?|réactions?)))*$", NoCase)]
    private static partial Regex FrCounterRegex();

    [GeneratedRegex(@"^(?:Partager(?: cet article| sur)?|Partagez(?: cet article)?|Suivez-nous(?: sur)?)\s*:\s*[\p{L}\s,|/&+]{0,60}$", NoCase)]
    private static partial Regex FrShareRegex();

    [GeneratedRegex(@"^(?:Laisser un commentaire|Laisser une réponse|Annuler la réponse|Publier le commentaire|Poster un commentaire|Votre adresse (?:e-mail|email|de messagerie|courriel) ne sera pas publiée\.?(?:\s*Les champs obligatoires sont indiqués avec\s*\*)?|Les champs obligatoires sont indiqués avec\s*\*|(?:Nom|E-mail|Email|Commentaire|Site web)\s*\*|Enregistrer mon nom, mon e-mail et mon site(?: web)? dans (?:le|ce) navigateur pour mon prochain commentaire\.?|\d+\s+commentaires?|Aucun commentaire\.?|Soyez le premier à commenter\.?|Vous devez être connecté pour publier un commentaire\.?)$", NoCase)]
    private static partial Regex FrCommentFormRegex();

    [GeneratedRegex(@"^(?:Répondre|Commenter|Partager|Signaler)$", NoCase)]
    private static partial Regex FrCommentButtonRegex();

    [GeneratedRegex(@"^(?:Source|Sources|Crédits?(?: photo)?|Avec)\s*:\s*(?<v>.+)$", NoCase)]
    private static partial Regex FrCreditRegex();

    [GeneratedRegex(@"^(?:Photos?|Illustration|Image)\s*:\s*(?<v>.+)$", NoCase)]
    private static partial Regex FrPhotoRegex();

    [GeneratedRegex(@"^Par\s+(?<v>" + LatinNames + @"(?:\s*[,|–—\-]\s*[\p{L} .'’&\-]{2,40})?)$", Options)]
    private static partial Regex FrBylineRegex();

    [GeneratedRegex(@"^(?<v>" + LatinNames + @")\s*(?:[|｜,–—]\s*|\s+)" + FrenchRole + "$", Options)]
    private static partial Regex FrBylineRoleRegex();

    [GeneratedRegex(@"^(?:Légende|Ci-dessus|Ci-dessous|Photo ci-dessus)\s*:\s*(?<v>.+)$", NoCase)]
    private static partial Regex FrCaptionRegex();

    [GeneratedRegex(@"(?:\s+/\s*(?<v>CFP|AFP|VCG|IC|AP|EPA|Xinhua|Reuters|Getty Images|Getty|视觉中国|新华社|东方IC|\p{Lu}{2,6})" + @"|\s+(?:Photograph|Photos?|Picture|Image|Illustration|Crédits?\s+photos?)\s*:\s*(?<v>[^\n:()（）/]{1,60}/\s*\p{L}[\p{L} .\-]{1,30})" + @"|\s*[（(]\s*(?<v>" + ReporterPhoto + @")\s*[）)]" + @"|\s*[（(]\s*(?:(?:图片来源|图源|摄影|摄|图|Photos?|Photo credit|Crédit photo|Crédit|Image)\s*[:：/]\s*(?<v>[^（）()\n]{1,40})|(?<v>(?:Xinhua|Reuters|AFP|AP|CFP|新华社|视觉中国|IC photo)(?:\s*/\s*[^()（）\n]{1,30})?))\s*[）)])\s*$", Options)]
    private static partial Regex CreditSuffixRegex();

    [GeneratedRegex(@"\s*[（(【\[〔]\s*" + EndWord + @"\s*[）)】\]〕]\s*$", Options)]
    private static partial Regex EndSuffixRegex();

    [GeneratedRegex(@"^[□■●◆◇○☆★◎※\-–—*·•|｜\s]+", Options)]
    private static partial Regex DecorationRegex();
}
