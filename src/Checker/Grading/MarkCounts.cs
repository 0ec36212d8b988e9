using System.Text.Json.Serialization;
using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Grading;

/// <summary>A file's marks as <c>skipnet check</c> counts them.</summary>
public sealed record MarkCounts(int Right, int Wrong, int Carried, int Unjudged, int Unread)
{
    public static MarkCounts Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Right, report.Wrong, report.Carried, report.Unjudged, report.Unread.Count);
    }

    /// <summary>right / (right + wrong + carried): the share of judged claims that are right; null where nothing was judged.</summary>
    [JsonIgnore]
    public double? Score => Right + Wrong + Carried == 0 ? null : (double)Right / (Right + Wrong + Carried);
}
