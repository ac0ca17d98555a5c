namespace TextPipe.Text;

/// <summary>
/// Small frequency tables (written for this project): the most common Han characters (simplified and traditional Chinese, plus
/// Japanese shinjitai forms) and the most common Hangul syllables. A correct decoding of CJK text is mostly
/// made of them; a wrong one yields characters spread over the whole repertoire, which are mostly rare.
/// </summary>
internal static class CommonCharacters
{
    private const int HanFirst = 0x4E00;
    private const int HanLast = 0x9FFF;
    private const int HangulFirst = 0xAC00;
    private const int HangulLast = 0xD7A3;

    /// <summary>About the 900 most frequent characters of simplified Chinese text, most frequent first.</summary>
    private const string SimplifiedChinese =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
        + "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
        + "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政"
        + "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
        + "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件"
        + "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
        + "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改"
        + "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
        + "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企"
        + "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
        + "武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供"
        + "效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
        + "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳"
        + "若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷"
        + "洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈"
        + "刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
        + "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括"
        + "鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢";

    /// <summary>The same list in traditional characters (and 臺).</summary>
    private const string TraditionalChinese =
        "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡"
        + "用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實"
        + "日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政"
        + "美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員"
        + "解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件"
        + "計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象"
        + "完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改"
        + "收根乾造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台臺單影具羅字愛擊流備兵連"
        + "調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱"
        + "企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選"
        + "列武紅響雖推勢參希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族"
        + "供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友訴止細願千"
        + "值仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益"
        + "陽若哪微尼繼送急血驚傷素藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木遊龍樹疑層"
        + "冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔州靜退既衣您宗積餘痛檢差富靈協角占配徵修皮揮勝降階審沉堅善"
        + "媽劉讀啊超免壓銀買皇養伊懷執副亂抗犯追幫宣佛歲航優怪香田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島托央"
        + "戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮露永呼味野架域沙掉括"
        + "艦魚雜誤灣吉減編楚肯測敗屋跑夢散溫困劍漸封救貴槍缺樓縣尚毫移娘朋畫班智亦耳恩短掌恐遺固席松祕謝";

    /// <summary>Frequent Japanese kanji whose forms differ from both Chinese lists, and a few more.</summary>
    private const string JapaneseKanji =
        "気円駅読楽広図売変関様歳込辺払戻済働県区沢浜続転伝価経験検権観戦単営労鉄発絵帰実写乗寝声数総体対択担"
        + "断昼点当党独届悩脳歩満訳薬来覧両緑恋録湾私着話語何時間思見言行出入日月年今明後前東京議";

    /// <summary>About 260 frequent Hangul syllables.</summary>
    private const string KoreanHangul =
        "이다는의에하고을가한지서로기사나리도자대어수아구들시정인전보일상적해게있부했주를원없니요세것거안라그"
        + "만되우제오화과국와모저면습합까내비장계러동성신문여마경소실생미연진분방공결간관행위드스트날씨좋늘울회"
        + "녕중학산업무개유물치발음식현등선금영외통된말년때람터운명조속입차출당집작재교후할심알및또더많같함살르"
        + "른려받반번법변본북불빠뿐새색석설손순술쉬않앞애약양억언얼엄역열예온올왜용움월육으은읽임잘점좀종죽준즈"
        + "증직질짜째참창책처천청체초최추축충취측친카커컴케코크큰키타탁테토투특티파판편평포표프피필항향허형호확"
        + "환활효휴흐희히힘겠던럼께";

    private static readonly bool[] CommonHan = BuildTable(HanFirst, HanLast, SimplifiedChinese + TraditionalChinese + JapaneseKanji);

    private static readonly bool[] CommonHangul = BuildTable(HangulFirst, HangulLast, KoreanHangul);

    /// <summary>Whether <paramref name="c"/> is one of the frequent Han characters.</summary>
    public static bool IsCommonHan(char c) => c is >= (char)HanFirst and <= (char)HanLast && CommonHan[c - HanFirst];

    /// <summary>Whether <paramref name="c"/> is one of the frequent Hangul syllables.</summary>
    public static bool IsCommonHangul(char c) => c is >= (char)HangulFirst and <= (char)HangulLast && CommonHangul[c - HangulFirst];

    private static bool[] BuildTable(int first, int last, string characters)
    {
        var table = new bool[last - first + 1];
        foreach (char c in characters)
        {
            if (c >= first && c <= last)
            {
                table[c - first] = true;
            }
        }
        return table;
    }
}
