using System.Text.Json.Serialization;
using SkipNet.Checker.Json;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.Fuzz;

/// <summary>
/// A campaign's findings as JSON: the counts, each oracle's statistics, the rate; the generic campaign adds which
/// network (variant, widths, entries) and what else it counted, after "cases_per_second".
/// </summary>
public sealed record FuzzDocument(
    int Cases,
    ulong Seed,
    int Threads,
    long KinkChecks,
    long NearKinkChecks,
    long RoundingLimitedChecks,
    IReadOnlyList<FuzzOracleEntry> Oracles,
    double CasesPerSecond,
    [property: JsonIgnore(Condition = WhenWritingNull)] VariantJson? Variant,
    [property: JsonIgnore(Condition = WhenWritingNull)] string? Widths,
    [property: JsonIgnore(Condition = WhenWritingNull)] int? Entries,
    [property: JsonIgnore(Condition = WhenWritingNull)] long? Mismatches,
    [property: JsonIgnore(Condition = WhenWritingNull)] long? KinkChecksOutsideSlopes,
    [property: JsonIgnore(Condition = WhenWritingNull)] long? CentralBeyondBoundChecks,
    [property: JsonIgnore(Condition = WhenWritingNull)] long? CentralUnresolvedChecks);

/// <summary>One oracle's statistics: how many checks, the largest and the 99.9th-percentile relative error, the worst case.</summary>
public sealed record FuzzOracleEntry(string Oracle, long Checks, double Max, double P999, FuzzWorstEntry Worst);

/// <summary>The worst case: along which variable or entry, its relative error, and how to replay it.</summary>
public sealed record FuzzWorstEntry(string Variable, double RelativeError, string Replay);
