namespace ClaimTracker.Cli;

/// <summary>A plain-text table with left-aligned, padded columns.</summary>
internal sealed class TextTable(params string[] headers)
{
    private const int MaxCellWidth = 60;

    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells.Select(Fit).ToArray());

    public void Write(TextWriter output)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(output, headers, widths);
        foreach (var row in _rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());

    /// <summary>Keeps one row per line: line breaks become spaces and long cells are shortened.</summary>
    private static string Fit(string cell)
    {
        var flat = cell.ReplaceLineEndings(" ");
        return flat.Length <= MaxCellWidth ? flat : string.Concat(flat.AsSpan(0, MaxCellWidth - 1), "…");
    }
}
