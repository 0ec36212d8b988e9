namespace SkipNet.Checker.Reading;

/// <summary>Where in an input something is: a file (or option), and a 1-based line and column when known.</summary>
public sealed record SourcePlace(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>
/// Input that cannot be used: one line saying where and what. The command prints it and exits with 2. Control
/// characters the input brought in are shown escaped and the line is cut at <see cref="MaxProblemLength"/>, so the
/// message is always one readable line.
/// </summary>
public sealed class InputError(SourcePlace place, string problem) : Exception($"{place}: {OneLine(problem)}")
{
    public const int MaxProblemLength = 300;

    public SourcePlace Place { get; } = place;

    public string Problem { get; } = OneLine(problem);

    private static string OneLine(string text)
    {
        var escaped = string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) || char.IsSurrogate(c) => $"\\u{(int)c:x4}",
            _ => c.ToString(),
        }));
        return escaped.Length <= MaxProblemLength ? escaped : escaped[..MaxProblemLength] + "…";
    }
}
