namespace SkipNet.Checker.Grading;

/// <summary>What every file of a run is checked with, as <c>skipnet check</c> takes it: the cases and seed of the formula properties, and the given from the command line (null: each document's own).</summary>
public sealed record GradeSettings(int Cases, ulong Seed, Given? Given);
