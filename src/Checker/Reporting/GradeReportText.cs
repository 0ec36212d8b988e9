using System.Globalization;
using SkipNet.Checker.Grading;
using Spectre.Console;

namespace SkipNet.Checker.Reporting;

/// <summary>A grade run as text: the class table (one row a file), the mistakes and diagnoses by files, the score's spread, the files with the most wrong items, then the speed, the one line that differs between runs.</summary>
public static class GradeReportText
{
    public static void Write(ClassGrade grade, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().AddColumns("file", "exit", "score", "right", "wrong", "carried", "unjudged", "unread", "wrong items (line) or why unusable");
        foreach (var f in grade.Files)
        {
            var c = f.Counts;
            table.AddRow(
                [.. new[]
                {
                    f.Path, ((int)f.Exit).ToString(CultureInfo.InvariantCulture), Score(f.Score), N(c?.Right), N(c?.Wrong), N(c?.Carried), N(c?.Unjudged), N(c?.Unread),
                    f.Reason ?? string.Join(", ", f.Wrong.Select(w => $"{w.Name} (l. {w.Line})")),
                }.Select(cell => new Text(cell))]);
        }

        console.Write(table);
        var s = grade.Summary;
        console.WriteLine($"{s.Files} files: {s.Graded} graded, {s.Unusable} unusable");
        if (s.Score is { } score)
        {
            console.WriteLine($"score (right / judged): median {Score(score.Median)}, min {Score(score.Min)}, quartiles {Score(score.LowerQuartile)} and {Score(score.UpperQuartile)}, max {Score(score.Max)}");
        }

        Tallies(console, "mistakes (files)", s.Mistakes);
        Tallies(console, "diagnoses (files)", s.Diagnoses);
        if (s.MostWrong.Count > 0)
        {
            console.WriteLine("most wrong: " + string.Join(", ", s.MostWrong.Select(f => $"{f.Path} ({f.Counts!.Wrong})")));
        }

        console.WriteLine(Speed(grade));
    }

    /// <summary>"200 files read, 41.2 files/s": every file, the unusable ones too.</summary>
    public static string Speed(ClassGrade grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        return $"{grade.Files.Count} files read, {grade.FilesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} files/s";
    }

    /// <summary>A score as a percentage with one decimal, "–" where there is none.</summary>
    public static string Score(double? score) => score is { } s ? (100 * s).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    private static void Tallies(IAnsiConsole console, string title, IReadOnlyList<Tally> tallies)
    {
        if (tallies.Count > 0)
        {
            console.WriteLine($"{title}: " + string.Join(", ", tallies.Select(t => $"{t.Name} {t.Files}")));
        }
    }

    private static string N(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "";
}
