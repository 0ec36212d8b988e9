using System.Text.RegularExpressions;

namespace SkipNet.Checker.Reading.Documents;

/// <summary>
/// The math of a LaTeX document, in order: <c>$…$</c>, <c>$$…$$</c>, <c>\[…\]</c>, <c>\(…\)</c>, and the environments
/// equation, align, gather, multline (starred or not), one span per row (rows split at top-level <c>\\</c>; cases,
/// aligned and matrix inside a row stay whole). Comments are dropped. Unbalanced <c>$</c> or an environment without
/// its <c>\end</c> makes the whole file unusable.
/// </summary>
public static partial class TexMath
{
    private static readonly string[] Environments = ["equation", "align", "gather", "multline", "eqnarray", "displaymath", "math"];

    public static IReadOnlyList<MathSpan> Spans(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Comment().Replace(text, m => new string(' ', m.Length)); // keeps every offset
        var spans = new List<MathSpan>();
        var i = 0;
        while (i < clean.Length)
        {
            if (clean[i] == '\\' && i + 1 < clean.Length && clean[i + 1] is '$' or '%' or '\\')
            {
                i += 2;
                continue;
            }

            var rest = clean.AsSpan(i);
            var (open, close) =
                rest.StartsWith("$$") ? ("$$", "$$")
                : rest.StartsWith("$") ? ("$", "$")
                : rest.StartsWith(@"\[") ? (@"\[", @"\]")
                : rest.StartsWith(@"\(") ? (@"\(", @"\)")
                : (null, null);
            if (open is not null)
            {
                var end = clean.IndexOf(close!, i + open.Length, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Unusable(text, source, i, $"'{open}' opens math that is never closed");
                }

                spans.Add(Span(text, i + open.Length, clean[(i + open.Length)..end]));
                i = end + close!.Length;
                continue;
            }

            if (rest.StartsWith(@"\begin{") && Begin().Match(clean, i) is { Success: true, Index: var at } begin && at == i)
            {
                var name = begin.Groups["name"].Value;
                var end = clean.IndexOf($@"\end{{{name}}}", i, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Unusable(text, source, i, $@"\begin{{{name}}} has no \end{{{name}}}");
                }

                if (Environments.Contains(name.TrimEnd('*')))
                {
                    var start = i + begin.Length;
                    spans.AddRange(Rows(clean, start, end).Select(row => Span(text, row.Start, Label().Replace(clean[row.Start..row.End], ""))));
                    i = end + name.Length + 6;
                    continue;
                }
            }

            i++;
        }

        return spans;
    }

    // The rows of an environment body: split at \\ outside any nested \begin … \end.
    private static IEnumerable<(int Start, int End)> Rows(string text, int start, int end)
    {
        var (depth, rowStart) = (0, start);
        for (var i = start; i < end; i++)
        {
            if (string.CompareOrdinal(text, i, @"\begin{", 0, 7) == 0)
            {
                depth++;
            }
            else if (string.CompareOrdinal(text, i, @"\end{", 0, 5) == 0)
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(text, i, @"\\", 0, 2) == 0)
            {
                yield return (rowStart, i);
                rowStart = i + 2;
                i++;
            }
        }

        yield return (rowStart, end);
    }

    private static MathSpan Span(string text, int offset, string math)
    {
        var (line, column) = MarkdownMath.Position(text, offset);
        return new MathSpan(line, column, math);
    }

    private static InputError Unusable(string text, string source, int offset, string problem)
    {
        var (line, column) = MarkdownMath.Position(text, offset);
        return new InputError(new SourcePlace(source, line, column), problem);
    }

    [GeneratedRegex(@"(?<!\\)%[^\n]*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\\begin\{(?<name>[a-zA-Z]+\*?)\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Begin();

    [GeneratedRegex(@"\\label\{[^}]*\}|\\nonumber|\\notag", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Label();
}
