namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// Per-language data for sentence splitting, written for TextPipe from ordinary knowledge of each language's
/// abbreviations (not copied from another segmenter's lists). Entries are space-separated, matched
/// case-insensitively, without their final period. A leading <c>#</c> marks an abbreviation only before a
/// number (<see cref="AbbreviationKind.BeforeNumber"/>), <c>~</c> one that often ends a sentence
/// (<see cref="AbbreviationKind.MayEnd"/>); the rest are titles and the like (<see cref="AbbreviationKind.Title"/>).
/// Single letters and dotted forms (<c>U.S.</c>, <c>т.е.</c>) need no entry: the scanner treats them by shape.
/// </summary>
internal static class SentenceLanguageData
{
    /// <summary>Shared by every language written in Latin script (and the fallback when the language is unknown).</summary>
    public const string CommonLatinAbbreviations =
        "mr mrs ms messrs dr prof st mt sr jr gen col lt capt sgt rev hon gov sen rep pres supt dept univ " +
        "vs cf ca approx ft rs #no #nos #nr #p #pp #vol #fig #figs #ch #art #sec #ed #eds #tel #n° #nº #op " +
        "~etc ~inc ~ltd ~co ~corp ~bros ~al ~esq ~mm ~ibid " +
        "#jan #feb #mar #apr #jun #jul #aug #sep #sept #oct #nov #dec";

    public static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "ave blvd rd adj adv assn avg dist est fwy hwy mfg mgr ms mx pl pvt sq supt tpk viz wm ~pt ~pty",
        ["fr"] = "mme mmes mlle mlles mgr me pr ste sts ex env av apr boul bd chap coll dir hab réf éd " +
                 "#janv #févr #avr #juil #déc #t",
        ["de"] = "bzw vgl evtl ggf inkl sog zzgl hr fr frl str abt abschn #abs #bd #jh #jhd #s #kap #ziff ~usw ~ff ~mio ~mrd",
        ["nl"] = "bijv bv dhr mevr mw ir ing drs prof blz resp vnw aanw ~enz #blz",
        ["da"] = "skt bl dvs fx hhv mht jf kl pga ift inkl #kl #nr ~osv ~mv",
        ["es"] = "sra srta sres dra lic ing arq ud uds vd vds admón aprox ej avda dpto depto excmo ilmo " +
                 "#núm #pág #págs #párr #párrf #cap #ene #abr #ago #dic #lun #mié #jue #vie #sáb #dom",
        ["it"] = "sig sigg dott ing avv arch geom rag dir amm on mons gent egr spett psicol es cfr vd " +
                 "#pag #cap #gen #mag #giu #lug #ago #set #ott #dic #lun #mer #gio #ven #sab #dom ~ecc",
        ["pt"] = "sra srta dra eng av ex exa exmo #pág #fev #abr #mai #ago #set #out #dez",
        ["ru"] = "гг ул пр пл проф доц акад им см напр вкл долл дол руб коп тыс млн млрд куб кв пгт обл корп " +
                 "#рис #стр #с #д #кв #т ~др ~пр",
        ["bg"] = "гг ул пл бул проф доц акад им вж напр вкл лв ст хил млн млрд #стр #т ~др",
        ["kk"] = "гг ул проф акад им млн млрд #б #т",
        ["pl"] = "np tzw ul al dr prof mgr inż ok godz tj wg ks płk gen ~itd ~itp",
        ["sk"] = "napr tzv resp prof doc ing mgr mudr judr ul tj čs #č #str #hod ~atď",
        ["cs"] = "např tzv resp prof doc ing mgr mudr judr ul tj #č #str #hod ~atd",
    };

    /// <summary>Words that commonly open a sentence: after an ambiguous abbreviation they tip the balance to a break.</summary>
    public const string CommonSentenceStarters =
        "the a an this that these those there here it he she we they you i my our your his her their its " +
        "what when where why how who which but and so if in on at as yes no then now however also after before " +
        "during for from one some many most all each every please let do does did is are was were has have had " +
        "can could will would should may might must not never once while although because since thus therefore " +
        "meanwhile nevertheless today yesterday tomorrow finally";

    public static readonly IReadOnlyDictionary<string, string> SentenceStarters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["da"] = "hvad hvor hvorfor hvem hvordan det den de der jeg du han hun vi men og så hvis nu her",
        ["nb"] = "hva hvor hvorfor hvem hvordan det den de der jeg du han hun vi men og så hvis nå her",
        ["fr"] = "le la les un une des il elle ils elles on nous vous je ce cette ces cet mais et puis donc alors " +
                 "ensuite en dans pour si quand où qui que comment pourquoi depuis après avant",
        ["de"] = "der die das ein eine es er sie wir ich du ihr aber und dann so wenn was wer wie wo warum heute dies diese dieser",
        ["nl"] = "de het een dit dat deze die er ik jij hij zij wij jullie maar en dan als wat wie waar waarom hoe",
        ["es"] = "el la los las un una unos unas yo tú él ella nosotros ellos pero y entonces si cuando donde qué cómo hoy esto esta este eso",
        ["it"] = "il lo la i gli le un una io tu lui lei noi voi loro ma e poi se quando dove come perché oggi questo questa",
        ["pt"] = "o a os as um uma eu ele ela nós eles mas e então se quando onde como hoje isso este esta",
        ["ru"] = "я ты он она мы вы они это но и а тогда если когда где как почему сегодня в на",
    };

    /// <summary>Languages that write ordinals with a period (<c>12. Juni</c>, <c>10. pokus</c>, <c>XII. Pluku</c>).</summary>
    public static readonly string[] OrdinalDotLanguages =
        ["de", "da", "nb", "nn", "no", "fi", "is", "fo", "cs", "sk", "sl", "hr", "sr", "bs", "pl", "hu", "et", "lv", "lt", "tr"];

    /// <summary>Languages written without spaces between words or sentences: CJK terminators, soft length limit.</summary>
    public static readonly string[] CjkLanguages = ["zh", "ja", "yue", "wuu", "lzh", "cmn"];
}
