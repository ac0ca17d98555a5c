namespace TextPipe.Cleanup;

/// <summary>
/// The product's rules in the order they run. Order matters: encoding repair before normalisation; noise
/// lines (transcript cues, images, boilerplate) go before line-wrap joins lines, so they are judged as lines;
/// spacing and punctuation work on joined text; numbers, repetition and holes are judged last, on what a
/// reader will see.
/// </summary>
public static class DefaultRules
{
    public static RuleCatalog CreateCatalog() => new(
    [
        new Rules.MojibakeRule(),
        new Rules.UnicodeRule(),
        new Rules.TranscriptRule(),
        new Rules.ImageLinksRule(),
        new Rules.UrlsRule(),
        new Rules.BoilerplateRule(),
        new Rules.LineWrapRule(),
        new Rules.CjkSpacingRule(),
        new Rules.PunctuationRule(),
        new Rules.GarbledNumbersRule(),
        new Rules.RepetitionRule(),
        new Rules.HolesRule(),
    ]);
}
