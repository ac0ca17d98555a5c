namespace TextPipe.Documents;

public enum InlineKind
{
    Image,
    Link,
}

/// <summary>
/// An image or link inside a block, kept by the reader as it appeared in the source so that cleanup,
/// not the reader, decides what to keep. <see cref="Start"/> and <see cref="Length"/> locate the
/// element's source text (e.g. <c>![alt](img.png)</c>) inside <see cref="Block.Text"/>.
/// </summary>
/// <param name="Label">The alt text of an image or the visible text of a link.</param>
public sealed record InlineElement(InlineKind Kind, int Start, int Length, string Target, string Label);
