using TextPipe.Cleanup;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Segmentation;

namespace TextPipe.Conversion;

/// <summary>
/// The stages of a conversion in their one working order: cleanup first (line joins must happen before sentences
/// are found), then language identification, then sentences (which read each block's language). The CLI and the
/// benches that measure "what <c>textpipe convert</c> does" wire through this, so the order lives in one place.
/// </summary>
public static class ConversionStages
{
    public static IReadOnlyList<IDocumentStage> Create(RuleCatalog catalog, CleanupOptions cleanup, LanguageDetector detector, LanguageSet? languages = null) =>
        [new CleanupStage(catalog, cleanup), new LanguageStage(detector, languages), new SentenceStage()];
}
