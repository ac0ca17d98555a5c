namespace TextPipe.Language;

/// <summary>The scripts the detector tells apart. Some decide the language alone; others need a model.</summary>
public enum WritingSystem : byte
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Devanagari,
    Bengali,
    Thai,
    Hangul,
    Kana,
    Han,
    /// <summary>A letter of a script the detector has no language for (Armenian, Tamil...).</summary>
    Other,
}
