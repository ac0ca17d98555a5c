namespace TextPipe.Bench.WebExtract;

/// <summary>One page of a web-extraction dataset: its key, the HTML file, the article text it should yield, and its language when the dataset says.</summary>
internal sealed record WebPage(string Key, string HtmlPath, string Truth, string? Lang);
