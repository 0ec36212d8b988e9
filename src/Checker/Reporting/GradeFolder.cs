using System.Text;
using SkipNet.Checker.Cli;
using SkipNet.Checker.Grading;
using SkipNet.Checker.Reading;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// What <c>skipnet grade --out DIR</c> writes: reports/NNN-NAME.html (the <c>check</c> page of a Markdown or LaTeX
/// file) or .txt (the text report of a YAML or JSON one), index.html, mistakes.png and mistakes.svg, grades.csv and
/// summary.json. A report's name is its row number and the file's name cut to safe characters: unique, and nothing
/// the submission's name can turn into a path or markup.
/// </summary>
public static class GradeFolder
{
    public const string Reports = "reports";

    public static void Write(ClassGrade grade, string directory)
    {
        ArgumentNullException.ThrowIfNull(grade);
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, Reports));
            var names = new string?[grade.Files.Count];
            for (var i = 0; i < grade.Files.Count; i++)
            {
                var f = grade.Files[i];
                if (f.Report is { } report)
                {
                    names[i] = $"{Reports}/{ReportName(i, f)}";
                    File.WriteAllText(Path.Combine(directory, names[i]!), ReportOf(f, report), Encoding.UTF8);
                }
            }

            var chart = MistakeChart.Of(grade.Summary.Mistakes);
            File.WriteAllBytes(Path.Combine(directory, "mistakes.png"), chart.Png);
            File.WriteAllText(Path.Combine(directory, "mistakes.svg"), chart.Svg, Encoding.UTF8);
            File.WriteAllText(Path.Combine(directory, "index.html"), GradeIndexHtml.Of(grade, names, chart.Png, "mistakes.png", "mistakes.svg"), Encoding.UTF8);
            File.WriteAllText(Path.Combine(directory, "grades.csv"), GradesCsv.Of(grade.Files), Encoding.UTF8);
            File.WriteAllText(Path.Combine(directory, "summary.json"), GradeReportJson.SummaryOf(grade), Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputError(new SourcePlace(directory, 0, 0), $"cannot write the reports: {e.Message}");
        }
    }

    /// <summary>"007-alice_hw2.md.html": the row number, then the file's name with every character but letters, digits, '.', '-' and '_' as '_', at most 60 long.</summary>
    public static string ReportName(int index, GradedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.Path);
        var safe = new string([.. name.Take(60).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return $"{index + 1:D3}-{safe}{(file.Document is null ? ".txt" : ".html")}";
    }

    private static string ReportOf(GradedFile file, Judging.CheckReport report)
    {
        if (file.Document is { } document)
        {
            return CheckReportHtml.Of(report, document, CheckCommand.IsTex(file.Path));
        }

        using var text = new StringWriter();
        CheckReportText.Write(report, Terminal.For(text));
        return text.ToString();
    }
}
