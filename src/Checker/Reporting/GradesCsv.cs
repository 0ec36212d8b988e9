using CsvHelper;
using SkipNet.Checker.Grading;

namespace SkipNet.Checker.Reporting;

/// <summary>grades.csv: a <see cref="GradeRow"/> per file, RFC 4180 (CRLF, quotes where a field needs them) by CsvHelper.</summary>
public static class GradesCsv
{
    public static IReadOnlyList<GradeRow> Rows(IEnumerable<GradedFile> files) =>
        [.. files.Select(f => new GradeRow
        {
            Path = f.Path,
            Exit = (int)f.Exit,
            Score = f.Score,
            Right = f.Counts?.Right,
            Wrong = f.Counts?.Wrong,
            Carried = f.Counts?.Carried,
            Unjudged = f.Counts?.Unjudged,
            Unread = f.Counts?.Unread,
            WrongItems = string.Join(' ', f.Wrong.Select(w => w.Name)),
            Reason = f.Reason,
        })];

    public static string Of(IEnumerable<GradedFile> files)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteRecords(Rows(files));
        }

        return text.ToString();
    }

    /// <summary>The rows of a grades.csv, read back.</summary>
    public static IReadOnlyList<GradeRow> Read(TextReader reader)
    {
        using var csv = CsvReader.Create(reader, null, leaveOpen: true);
        return [.. csv.GetRecords<GradeRow>()];
    }
}
