using System.Globalization;
using System.Text;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Binary PGM (P5, 8-bit) images as <c>pdftoppm -gray</c> writes them: enough to put a white border around a
/// cropped glyph, which Tesseract needs to find a character that touches the image edge.
/// </summary>
internal static class GrayImage
{
    /// <summary>Writes <paramref name="source"/> with a white border as wide as its larger side; false if it is not an 8-bit P5 image.</summary>
    public static bool TryPad(string source, string target)
    {
        if (!File.Exists(source))
        {
            return false;
        }
        var padded = Pad(File.ReadAllBytes(source));
        if (padded is null)
        {
            return false;
        }
        File.WriteAllBytes(target, padded);
        return true;
    }

    public static byte[]? Pad(byte[] pgm)
    {
        ArgumentNullException.ThrowIfNull(pgm);
        int position = 0;
        if (ReadToken(pgm, ref position) != "P5" ||
            !int.TryParse(ReadToken(pgm, ref position), NumberStyles.None, CultureInfo.InvariantCulture, out int width) ||
            !int.TryParse(ReadToken(pgm, ref position), NumberStyles.None, CultureInfo.InvariantCulture, out int height) ||
            ReadToken(pgm, ref position) != "255" || width <= 0 || height <= 0)
        {
            return null;
        }
        position++; // the single whitespace byte after the maximum value
        if ((long)width * height > pgm.Length - position)
        {
            return null;
        }
        int border = Math.Max(width, height);
        int newWidth = width + 2 * border;
        int newHeight = height + 2 * border;
        byte[] header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{newWidth} {newHeight}\n255\n"));
        var result = new byte[header.Length + (newWidth * newHeight)];
        header.CopyTo(result, 0);
        result.AsSpan(header.Length).Fill(255);
        for (int row = 0; row < height; row++)
        {
            pgm.AsSpan(position + (row * width), width)
                .CopyTo(result.AsSpan(header.Length + ((row + border) * newWidth) + border));
        }
        return result;
    }

    private static string ReadToken(byte[] data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == '#')
            {
                while (position < data.Length && data[position] != '\n')
                {
                    position++;
                }
            }
            else if (data[position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                position++;
            }
            else
            {
                break;
            }
        }
        int start = position;
        while (position < data.Length && data[position] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            position++;
        }
        return Encoding.ASCII.GetString(data, start, position - start);
    }
}
