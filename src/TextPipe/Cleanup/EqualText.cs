namespace TextPipe.Cleanup;

/// <summary>Hands back the string it was last given when the next one is equal to it, so that equal edit texts made one after another share one string.</summary>
internal sealed class EqualText
{
    private string? _last;

    public string Share(string text)
    {
        if (_last is not null && string.Equals(_last, text, StringComparison.Ordinal))
        {
            return _last;
        }
        _last = text;
        return text;
    }
}
