using CsvHelper;

namespace SkipNet.Checker.Reporting;

/// <summary>One row of grades.csv: a score or count the file lacks is empty; the wrong names are space-separated.</summary>
[CsvRecord]
public sealed partial record GradeRow
{
    [CsvColumn("path")]
    public required string Path { get; init; }

    [CsvColumn("exit")]
    public int Exit { get; init; }

    [CsvColumn("score")]
    public double? Score { get; init; }

    [CsvColumn("right")]
    public int? Right { get; init; }

    [CsvColumn("wrong")]
    public int? Wrong { get; init; }

    [CsvColumn("carried")]
    public int? Carried { get; init; }

    [CsvColumn("unjudged")]
    public int? Unjudged { get; init; }

    [CsvColumn("unread")]
    public int? Unread { get; init; }

    [CsvColumn("wrong_items")]
    public required string WrongItems { get; init; }

    [CsvColumn("reason")]
    public string? Reason { get; init; }
}
