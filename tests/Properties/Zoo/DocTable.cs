namespace SkipNet.Properties.Zoo;

/// <summary>
/// A Markdown table in the repository's docs, read so that a test can assert it: the rows of the first table after a
/// heading, each row's cells trimmed, with <c>\|</c> inside a cell read as <c>|</c>.
/// </summary>
public static class DocTable
{
    /// <summary>docs/mistake-zoo.md, read from the repository the tests were built from.</summary>
    public static string MistakeZooPage => Path.Combine(RepositoryRoot(), "docs", "mistake-zoo.md");

    /// <summary>The text of the section under <paramref name="heading"/> (a line <c>## heading</c>), up to the next heading of that level.</summary>
    public static string Section(string path, string heading)
    {
        var lines = File.ReadAllLines(path);
        var start = Array.IndexOf(lines, $"## {heading}");
        Assert.True(start >= 0, $"{path} has no heading \"## {heading}\"");
        var end = Array.FindIndex(lines, start + 1, line => line.StartsWith("## ", StringComparison.Ordinal));
        return string.Join('\n', lines[(start + 1)..(end < 0 ? lines.Length : end)]);
    }

    /// <summary>The body rows of the first table in <paramref name="section"/>, header and separator left out.</summary>
    public static IReadOnlyList<string[]> Rows(string section) =>
        section.Split('\n')
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2)
            .Select(Cells)
            .ToList();

    /// <summary>One table row as Markdown, <c>|</c> inside a cell escaped.</summary>
    public static string Row(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";

    private static string[] Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < line.TrimEnd().Length - 1; i++)
        {
            if (line[i] == '\\' && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString().Trim());
        return [.. cells];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkipNet.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no SkipNet.sln above {AppContext.BaseDirectory}");
    }
}
