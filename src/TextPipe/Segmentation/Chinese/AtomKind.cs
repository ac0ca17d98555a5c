namespace TextPipe.Segmentation.Chinese;

/// <summary>What a rule-recognised stretch of text is; each kind scores as one ICTCLAS word class.</summary>
internal enum AtomKind
{
    None,
    Number,
    Time,
    Latin,
    Url,
    Email,
}
