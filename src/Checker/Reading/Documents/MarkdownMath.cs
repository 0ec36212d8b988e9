using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace SkipNet.Checker.Reading.Documents;

/// <summary>
/// The math of a Markdown document, in order: <c>$…$</c> and <c>$$…$$</c> as Markdig's math extension reads them
/// (raw HTML off), and <c>\[…\]</c>, <c>\(…\)</c> found in the source outside code.
/// </summary>
public static partial class MarkdownMath
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseMathematics().UsePreciseSourceLocation().DisableHtml().Build();

    public static IReadOnlyList<MathSpan> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Markdown.Parse(text, Pipeline);
        var spans = new List<MathSpan>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case MathInline inline:
                    spans.Add(new MathSpan(inline.Line + 1, inline.Column + 1 + inline.DelimiterCount, inline.Content.ToString()));
                    break;
                case MathBlock block:
                    spans.Add(new MathSpan(block.Line + 2, 1, block.Lines.ToString()));
                    break;
            }
        }

        var code = document.Descendants<CodeBlock>().Where(c => c is not MathBlock).Select(c => (c.Line, End: c.Line + c.Lines.Count + 1)).ToList();
        foreach (Match match in Bracketed().Matches(text))
        {
            var (line, column) = Position(text, match.Index);
            if (!code.Any(c => line - 1 >= c.Line && line - 1 <= c.End))
            {
                spans.Add(new MathSpan(line, column + 2, match.Groups["math"].Value));
            }
        }

        return [.. spans.OrderBy(s => s.Line).ThenBy(s => s.Column)];
    }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public static (int Line, int Column) Position(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return (1 + text.AsSpan(0, offset).Count('\n'), offset - lineStart + 1);
    }

    [GeneratedRegex(@"\\\[(?<math>.*?)\\\]|\\\((?<math>.*?)\\\)", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bracketed();
}
