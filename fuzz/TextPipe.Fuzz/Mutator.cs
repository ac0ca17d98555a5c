using System.IO.Compression;
using System.Text;

namespace TextPipe.Fuzz;

/// <summary>
/// Random mutations of seed inputs, byte-level (flips, deletions, duplications, splices, tokens of the formats, long
/// repeats that build deep nesting) and, for ZIP and gzip seeds, inside the container so the mutant gets past its checksum.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> seeds)
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        "<div>", "</div>", "<p>", "<!--", "-->", "<![CDATA[", "&amp;", "&#x0;", "&#xD800;", "<script>", "<table><tr><td>", "<ul><li>",
        "<w:p>", "<w:r>", "<w:t>", "</w:t></w:r>", "<w:sdt><w:sdtContent>", "<w:hyperlink>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "obj", "endobj", "stream\n", "\nendstream", "<<", ">>", "[", "]", "/Kids [", "/Type /Page", "R", "trailer", "xref", "%%EOF", "BT", "ET", "Tj", "TJ",
        "\"", ",", "\n", "\r\n", "\r", "{", "}", "\"text\":", "\\u0000", "\\ud800", "\t", "\0", "\u00e9", "\u4e2d\u6587", "\ufeff", "\u200b", "\u0301",
        "00:00:01,000 --> 00:00:02,000\n", "WEBVTT\n\n", "00:01.000 --> 00:02.000\n", "# ", "**", "> ", "- ", "```", "[x](y)", "|a|b|\n|-|-|\n",
    }.Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[] OddBytes = [0, (byte)'\n', (byte)'\r', (byte)'"', (byte)'<', (byte)'>', (byte)'&', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'\\', (byte)' ', 0xff, 0xc3, 0x80];

    public byte[] Next()
    {
        byte[] seed = seeds[random.Next(seeds.Count)];
        if (seed.Length > 4 && random.Next(3) > 0)
        {
            if (seed[0] == 'P' && seed[1] == 'K' && TryInsideZip(seed) is { } zipped)
            {
                return zipped;
            }
            if (seed[0] == 0x1f && seed[1] == 0x8b && TryInsideGzip(seed) is { } gzipped)
            {
                return gzipped;
            }
        }
        return Mutate(seed, 1 + random.Next(4));
    }

    private byte[] Mutate(byte[] input, int rounds)
    {
        var data = new List<byte>(input);
        for (int r = 0; r < rounds; r++)
        {
            MutateOnce(data);
        }
        return [.. data];
    }

    private void MutateOnce(List<byte> data)
    {
        int at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(9))
        {
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at] = (byte)random.Next(256);
                break;
            case 2 when data.Count > 0:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                break;
            case 3 when data.Count > 0:
                int length = Math.Min(data.Count - at, 1 + random.Next(256));
                data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                break;
            case 4:
                data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 5:
                // Repeat a token many times: deep nesting, long lines, many blocks.
                var token = Tokens[random.Next(Tokens.Length)];
                int times = 10 << random.Next(12);
                data.InsertRange(at, Enumerable.Repeat(token, times).SelectMany(t => t));
                break;
            case 6:
                var other = seeds[random.Next(seeds.Count)];
                if (other.Length > 0)
                {
                    int from = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(512))).ToArray());
                }
                break;
            case 7 when data.Count > 1:
                data.RemoveRange(at, data.Count - at);
                break;
            default:
                for (int i = 0; i < 1 + random.Next(8) && data.Count > 0; i++)
                {
                    data[random.Next(data.Count)] = OddBytes[random.Next(OddBytes.Length)];
                }
                break;
        }
    }

    private byte[]? TryInsideZip(byte[] zip)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            var entries = input.Entries.Select(e => (e.FullName, Data: ReadAll(e.Open()))).ToList();
            int victim = entries.FindIndex(e => e.FullName == "word/document.xml");
            if (victim < 0 || random.Next(4) == 0)
            {
                victim = random.Next(entries.Count);
            }
            entries[victim] = (entries[victim].FullName, Mutate(entries[victim].Data, 1 + random.Next(3)));
            var output = new MemoryStream();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, data) in entries)
                {
                    using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                    stream.Write(data);
                }
            }
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private byte[]? TryInsideGzip(byte[] gzip)
    {
        try
        {
            byte[] inner = ReadAll(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress));
            var output = new MemoryStream();
            using (var compressor = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            {
                compressor.Write(Mutate(inner, 1 + random.Next(3)));
            }
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
