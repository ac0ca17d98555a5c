namespace TextPipe.Documents;

/// <summary>
/// A reading printed over a word (HTML <c>&lt;ruby&gt;漢字&lt;rt&gt;かんじ&lt;/rt&gt;&lt;/ruby&gt;</c>): the base stays in the
/// text, the reading is kept here, so the text reads as the page does without its glosses and nothing is lost.
/// </summary>
/// <param name="Base">The annotated text, as it appears in the block.</param>
/// <param name="Reading">The reading (furigana, pinyin, zhuyin...).</param>
/// <param name="Block">Index of the block holding <paramref name="Base"/>.</param>
public sealed record RubyAnnotation(string Base, string Reading, int Block);
