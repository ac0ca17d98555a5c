namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// The two segmentation standards of the SIGHAN benchmarks, which disagree on how long some words are.
/// </summary>
public enum ChineseWordConvention
{
    /// <summary>
    /// Peking University's standard (and the ICTCLAS dictionary's): fine-grained. 1995年 / 6月 / 29日,
    /// 560万 / 元, 王 / 光荣. Suits search indexing, where parts match more queries.
    /// </summary>
    Pku,

    /// <summary>
    /// Microsoft Research's standard: longer units. A full date or time (1995年6月29日, 下午3时), a number
    /// with its measure word (560万元, 3万多个, 第十五届) and a full person name (王光荣) are one word each.
    /// </summary>
    Msr,
}
