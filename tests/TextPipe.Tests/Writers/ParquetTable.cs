using Parquet;
using Parquet.Schema;

namespace TextPipe.Tests.Writers;

/// <summary>A Parquet file read back with Parquet.Net's reader: column names, types, row groups and every row.</summary>
internal sealed record ParquetTable(IReadOnlyList<DataField> Fields, int RowGroups, List<Dictionary<string, object?>> Rows)
{
    public static ParquetTable Read(byte[] file) => ReadAsync(file).GetAwaiter().GetResult();

    private static async Task<ParquetTable> ReadAsync(byte[] file)
    {
        using var stream = new MemoryStream(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<Dictionary<string, object?>>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int count = checked((int)group.RowCount);
            var groupRows = Enumerable.Range(0, count).Select(_ => new Dictionary<string, object?>(StringComparer.Ordinal)).ToList();
            foreach (var field in fields)
            {
                object?[] values = await ReadColumnAsync(group, field, count);
                for (int r = 0; r < count; r++)
                {
                    groupRows[r][field.Name] = values[r];
                }
            }
            rows.AddRange(groupRows);
        }
        return new ParquetTable(fields, reader.RowGroupCount, rows);
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(int))
        {
            var values = new int?[count];
            await group.ReadAsync<int>(field, values.AsMemory());
            return [.. values.Select(v => (object?)v)];
        }
        if (field.ClrType == typeof(double))
        {
            var values = new double?[count];
            await group.ReadAsync<double>(field, values.AsMemory());
            return [.. values.Select(v => (object?)v)];
        }
        var texts = new string?[count];
        await group.ReadAsync(field, texts.AsMemory());
        return [.. texts];
    }
}
