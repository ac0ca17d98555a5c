using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// Lines inside the article's box that are the site talking, not the article: the page's own markup gives them no
/// class of their own, so they are told by what they say and how short they are. Each kind is a whole short block:
/// <list type="bullet">
/// <item>an advertising marker ("Anzeige", "- Werbung -", "Advertisement", "Reklama", "Publicité", "广告");</item>
/// <item>a copyright line ("© 2020 …", "… All rights reserved", "Alle Rechte vorbehalten", "版权所有");</item>
/// <item>a photo credit ("Foto: …", "Crédits photos : …", "…, photo: …", "图片来源：…");</item>
/// <item>a call to subscribe or follow ("Subscribe now to our … edition", "Folgen Sie uns auf Instagram",
/// "Abonnez-vous à notre newsletter", "Síguenos en Telegram", "关注我们的微信公众号");</item>
/// <item>a "read also" label ("Lesen Sie auch", "À lire aussi", "Mehr zum Thema", "延伸阅读"), alone or with the
/// other article's title after a colon, or a way back ("Zurück zur Übersicht", "Back to top");</item>
/// <item>a date or time alone ("23.10.2018", "11 Jan 2019", "31. Mai"), the comment box's own lines ("Keine
/// Kommentare", "Post a Comment"), where the post is filed ("Category: News", "This entry was posted in …");</item>
/// <item>a short label ending in a colon ("Weitere Informationen:", "Quellen:") with nothing of the article under it:
/// the next block is furniture, or there is none.</item>
/// </list>
/// A line that merely starts with such a word and goes on as a sentence ("Subscribers complained…", "Werbung ist
/// allgegenwärtig…") is prose and stays: every pattern wants the marker alone, a label's colon, or an imperative with
/// the channel it asks for.
/// </summary>
internal static partial class HtmlBoilerplateLines
{
    /// <summary>A boilerplate line is short: this many characters at most (a paywall notice is two sentences).</summary>
    private const int MaxLineChars = 300;

    /// <summary>A photo credit or a label is a few words.</summary>
    private const int MaxCreditChars = 100;

    /// <summary>A "read also" label with the other article's title after it: a headline's length.</summary>
    private const int MaxTeaserLineChars = 200;

    /// <summary>A label ending in a colon is at most this many words.</summary>
    private const int MaxLabelWords = 4;

    /// <summary>Sentence ends and commas: a line with either is a sentence introducing what follows, not a label (Chinese has no spaces to count words by).</summary>
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?。！？,，、");

    /// <summary>A label is at most this many characters (a Chinese sentence ending in "：" has no spaces to count words by).</summary>
    private const int MaxLabelChars = 30;

    public static ImmutableArray<Block> Demote(ImmutableArray<Block> blocks)
    {
        ImmutableArray<Block>.Builder? changed = null;
        for (int i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (block.Kind is BlockKind.PageFurniture or BlockKind.Code or BlockKind.TableCell || !IsBoilerplate(block.Text, blocks, i))
            {
                continue;
            }
            changed ??= blocks.ToBuilder();
            changed[i] = new Block(BlockKind.PageFurniture, block.Text);
        }
        // A page that is nothing but such lines keeps them: they are then all it says.
        return changed is not null && changed.Any(b => b.IsContent) ? changed.ToImmutable() : blocks;
    }

    /// <summary>True when <paramref name="text"/> is one of the site's lines (see the class summary).</summary>
    internal static bool IsBoilerplate(string text, ImmutableArray<Block> blocks, int index)
    {
        string line = text.Trim();
        if (line.Length == 0 || line.Length > MaxLineChars)
        {
            return false;
        }
        if (AdMarker().IsMatch(line) || Copyright().IsMatch(line) || CallToAction().IsMatch(line) || (line.Length <= MaxTeaserLineChars && ReadAlsoWithTitle().IsMatch(line)))
        {
            return true;
        }
        if (line.Length <= MaxCreditChars && (PhotoCredit().IsMatch(line) || ReadAlso().IsMatch(line) || WayBack().IsMatch(line)
            || DateLine().IsMatch(line) || CommentsLine().IsMatch(line) || FiledUnder().IsMatch(line)))
        {
            return true;
        }
        return line.Length <= MaxCreditChars && IsLabel(line) && NothingOfTheArticleFollows(blocks, index);
    }

    /// <summary>"Weitere Informationen:", "Sources :", "来源：": a few words and a colon, no sentence.</summary>
    private static bool IsLabel(string line) =>
        (line.EndsWith(':') || line.EndsWith('：')) && line.Length <= MaxLabelChars
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords
        && !line.AsSpan(0, line.Length - 1).ContainsAny(SentenceEnds);

    /// <summary>The label's block is the last of the content, or furniture comes next: what it introduced was the site's.</summary>
    private static bool NothingOfTheArticleFollows(ImmutableArray<Block> blocks, int index)
    {
        return index + 1 >= blocks.Length || blocks[index + 1].Kind == BlockKind.PageFurniture;
    }

    // The marker alone, or set off from what follows by a dash, colon, full stop or star ("ANZEIGE - …", "*Werbung. …").
    [GeneratedRegex(@"^[\W_]*(anzeige|werbung|advertisement|advertising|sponsored|reklama|publicité|publicidad|pubblicità|広告|广告|廣告)([\W_]*$|\s*[-–—:.|*]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdMarker();

    [GeneratedRegex(@"^\W*(©|\(c\)\s*\d{4}|copyright\s+(©\s*)?\d{4})|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|版权所有|版權所有|著作権", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    // A credit label at the start ("Foto: dpa", "(crédito: …"), or closing a caption's last words ("Roman P., photo: …").
    [GeneratedRegex(@"^\W*(fotos?|photos?|bild|bilder|bildquelle|image|images|crédits?( photos?)?|credits?|photo credits?|crédito|créditos|foto ?credits?|图片来源|图片|摄影|圖片來源)\s*[:：]\s*\S|[,;]\s*(photo|foto|bild)\s*:\s*\S+[^.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // An imperative or a plea with the channel it asks for: a newsletter, an edition, an app, a social network.
    [GeneratedRegex(@"(^|[.!?¿¡]\s*)(please\s+)?(subscribe|sign up|follow us|follow \S+( \S+)? on|join us|join our|download (our|the)|get our|abonnieren sie|folgen sie|melden sie sich|laden sie|abonnez-vous|suivez-nous|inscrivez-vous|téléchargez|síguenos|siguenos|suscríbete|suscribete|únete|unete|descarga|iscriviti|seguici|关注我们|订阅|扫码关注)\b[^.!?]*\b(newsletter|edition|ausgabe|app|apps|twitter|facebook|instagram|telegram|whatsapp|youtube|linkedin|tiktok|podcast|rss|e-mail|email|full story|subscriber|abonnent|channel|canal|kanal|公众号|微信)\b|(to view|to read|to continue reading|um weiterzulesen|pour lire la suite)[^.!?]*\b(subscribe|subscriber|abonnieren|abonnez)|\b(subscribers?|abonnent(en)?|abonnés?)\b[^.!?]*\b(log in|sign in|einloggen|anmelden|connectez)|\b(wöchentliche|weekly|daily|täglich)[^.!?]*newsletter\b|^\W*(sign up|subscribe|newsletter)[\W]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();

    /// <summary>Labels that introduce another article ("Lesen Sie auch", "À lire aussi", "延伸阅读") or the author's box.</summary>
    private const string ReadAlsoPhrases = @"read more|read also|also read|see also|about the author|related( articles| stories| posts)?|more on this( story| topic)?|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|siehe auch|über den autor|über die autorin|à propos de l'auteur|sobre el autor|puedes ver|関連記事|关于作者|weiterlesen|zum weiterlesen|auch interessant|das könnte sie auch interessieren|weitere informationen|weitere infos|mehr informationen|à lire aussi|a lire aussi|lire aussi|lire la suite|voir aussi|à voir aussi|sur le même sujet|lee también|lea también|te puede interesar|ver también|leggi anche|zobacz także|czytaj także|czytaj więcej|延伸阅读|相关阅读|相关文章|推荐阅读|更多阅读|延伸閱讀|相關閱讀";

    [GeneratedRegex(@"^\W*(" + ReadAlsoPhrases + @")\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    // The label and the other article's title on one line: "Lesen Sie auch: Warum die Bahn …", "À lire aussi – …".
    [GeneratedRegex(@"^\W*(" + ReadAlsoPhrases + @")\s*[:：»›>|–—-]\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoWithTitle();

    // A date or a time alone on its line: the article's date line, not its text ("23.10.2018", "11 Jan 2019", "31. Mai", "3:59 PM").
    [GeneratedRegex(@"^\W*((\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(\.\s+(jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|févr|avr|juil|déc|ene|abr|ago|dic)\p{L}*\.?(\s+\d{4})?|\.?\s+(jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|févr|avr|juil|déc|ene|abr|ago|dic)\p{L}*\.?\s+\d{4})|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}|\d{4}年\d{1,2}月\d{1,2}日)(\s*[,|·–-]?\s*(um\s+)?\d{1,2}:\d{2}(\s?(uhr|am|pm|h))?)?|\d{1,2}:\d{2}(\s?(uhr|am|pm|h))?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    // The comment box's own lines: "Keine Kommentare", "Post a Comment", "3 comments", "Kommentar schreiben".
    [GeneratedRegex(@"^\W*(\d+\s+)?(no |keine |aucun |sin )?(comments?|kommentare?|commentaires?|comentarios?)(\s+(schreiben|verfassen|insgesamt|anzeigen))?\W*$|^\W*(post|leave|write|add) a (comment|reply)\W*$|^\W*(schreibe|hinterlasse) einen kommentar\W*$|^\W*laisser un commentaire\W*$|^\W*deja un comentario\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsLine();

    // Where the post is filed: "Category: News", "Kategorie: Allgemein", "Posted in Politics", "This entry was posted in …".
    [GeneratedRegex(@"^\W*((categor(y|ies)|kategorien?|rubrik|rubrique|catégories?|categorías?|filed under|posted in|tags|schlagwörter|schlagworte|mots-clés|etiquetas)\s*:\s*\S|this entry was posted\b|posted (on|by) \S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiledUnder();

    [GeneratedRegex(@"^\W*(zurück( zu[rm]?| nach)( \S+){0,3}|back to( \S+){1,3}|retour( à| au| en)( \S+){1,3}|volver( a| al)( \S+){1,3}|nach oben|返回顶部|返回)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WayBack();
}
