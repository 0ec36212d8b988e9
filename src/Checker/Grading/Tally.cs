namespace SkipNet.Checker.Grading;

/// <summary>How many files show a mistake (a wrong item's name) or a diagnosis.</summary>
public sealed record Tally(string Name, int Files)
{
    /// <summary>Each name with the number of files it occurs in, most files first, ties by name (ordinal).</summary>
    public static IReadOnlyList<Tally> Of(IEnumerable<IEnumerable<string>> perFile) =>
        [.. perFile.SelectMany(names => names.Distinct())
            .GroupBy(name => name)
            .Select(g => new Tally(g.Key, g.Count()))
            .OrderByDescending(t => t.Files)
            .ThenBy(t => t.Name, StringComparer.Ordinal)];
}
