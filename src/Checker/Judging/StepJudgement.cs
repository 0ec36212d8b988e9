using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Judging;

/// <summary>The judgement of one written step: the truth its right side should have come to, and why it is not right.</summary>
public sealed record StepJudgement(WrittenStep Step, Verdict Verdict, double? Correct, string? Diagnosis);
