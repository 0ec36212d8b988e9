namespace SkipNet.Checker.GradCheck;

/// <summary>A step sweep as JSON: the variable, its analytic derivative, the steps h, and each method's errors.</summary>
public sealed record SweepDocument(string Variable, double Analytic, IReadOnlyList<double> H, IReadOnlyList<SweepSeriesEntry> Series);

/// <summary>One method's relative error at each h, and the h where it is least.</summary>
public sealed record SweepSeriesEntry(string Method, IReadOnlyList<double> RelativeError, double BestH);
