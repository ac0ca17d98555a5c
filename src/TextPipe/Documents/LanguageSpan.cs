namespace TextPipe.Documents;

/// <summary>A run of a block's text in one language, for mixed-language blocks.</summary>
public sealed record LanguageSpan(int Offset, int Length, string Lang);
