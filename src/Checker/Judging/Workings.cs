using SkipNet.Checker.Truth;

namespace SkipNet.Checker.Judging;

/// <summary>
/// What a written step is judged against: the truth, the derivation's right values (rounded claims as their
/// intervals, PyTorch's truth in place of the others), its own values, and which of its claims are right.
/// </summary>
public sealed record Workings(IReadOnlyDictionary<string, TrueValue> Truth, OwnWork FromRight, OwnWork Own, Func<string, bool> IsRight);
