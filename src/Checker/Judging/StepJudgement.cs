using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Judging;

/// <summary>right, wrong or carried as values are; unjudged where a side could not be read or names no quantity.</summary>
public enum StepVerdict
{
    Right,
    Wrong,
    Carried,
    Unjudged,
}

/// <summary>The judgement of one written step: the truth its right side should have come to, and why it is not right.</summary>
public sealed record StepJudgement(WrittenStep Step, StepVerdict Verdict, double? Correct, string? Diagnosis);
