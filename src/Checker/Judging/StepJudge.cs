using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Judging;

/// <summary>
/// Judges a written step <c>a = b</c> at the given point, each side in interval arithmetic with its names at a value
/// and a lone written number as the interval its precision stands for:
/// right when the sides agree with names at their true values, or when b is the truth of the chain's subject (the
/// chain is back on track: the mistake was named where it left it), or when they agree on the derivation's right
/// values (rounding carried on); carried when they agree only on its own values and one of those it used is not
/// right; else wrong, naming the first subterm that differs where both sides have the same shape.
/// </summary>
public static class StepJudge
{
    public static StepJudgement Judge(WrittenStep step, Given given, Workings workings)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(workings);
        if (step.Left is not { } a || step.Right is not { } b)
        {
            return new StepJudgement(step, Verdict.Unjudged, null, "a side could not be read");
        }

        if (DocumentReader.IsActivationDefinition([.. DocumentReader.Names(a), .. DocumentReader.Names(b)]))
        {
            return Definition(step, a, b, given);
        }

        Interval True(string name) => name switch
        {
            _ when GivenConstants.Of(name, given.Variant, given.LearningRate) is { } constant => Interval.Point(constant),
            _ when LocalPartials.Names.Contains(name) => LocalPartials.Of(name, given.Variant.Activation, True),
            _ => workings.Truth.TryGetValue(name, out var t) ? t.Range : Interval.Point(double.NaN),
        };

        var tolerance = DocumentReader.Literal(b) is { } literal ? WrittenPrecision.Tolerance(step.RightText, literal) : 0;
        Interval Right(Func<string, Interval> env) => Widen(IntervalEvaluator.Evaluate(b, env), tolerance);
        var correct = Midpoint(IntervalEvaluator.Evaluate(a, True)) is var atTruth && !double.IsFinite(atTruth) && step.Subject is { } s && workings.Truth.TryGetValue(s, out var t)
            ? t.Value
            : atTruth;

        if (Holds(step.Relation, IntervalEvaluator.Evaluate(a, True), Right(True)))
        {
            return new StepJudgement(step, Verdict.Right, correct, null);
        }

        if (step.Relation is LatexRelation.Equal or LatexRelation.Approx or LatexRelation.Assign &&
            step.Subject is { } subject && workings.Truth.TryGetValue(subject, out var truth) && truth.Range.Meets(Right(True)))
        {
            return new StepJudgement(step, Verdict.Right, correct, null);
        }

        if (Holds(step.Relation, IntervalEvaluator.Evaluate(a, n => workings.FromRight.ValueOf(n).Value), Right(n => workings.FromRight.ValueOf(n).Value)))
        {
            return new StepJudgement(step, Verdict.Right, correct, ValueJudge.FromRoundedInputs);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        Interval Own(string name)
        {
            var (value, from) = workings.Own.ValueOf(name);
            used.UnionWith(from);
            return value;
        }

        if (Holds(step.Relation, IntervalEvaluator.Evaluate(a, Own), Right(Own)) &&
            Quantities.Claimable.Where(used.Contains).Where(n => !workings.IsRight(n)).ToList() is [_, ..] wrongInputs)
        {
            return new StepJudgement(step, Verdict.Carried, correct, $"carried from {string.Join(", ", wrongInputs)}");
        }

        return new StepJudgement(step, Verdict.Wrong, correct, Differing(a, b, True) is var (symbolic, written)
            ? $"{symbolic}: written {Numbers.Format(Midpoint(IntervalEvaluator.Evaluate(written, True)))}, true {Numbers.Format(Midpoint(IntervalEvaluator.Evaluate(symbolic, True)))}"
            : null);
    }

    // Right when both sides agree, with h = f(z), at z on both sides of the kink and in the tails.
    private static StepJudgement Definition(WrittenStep step, Expr a, Expr b, Given given)
    {
        double[] at = [-3, -1, -0.25, 0.25, 1, 3];
        var f = given.Variant.Activation;
        var differs = at.FirstOrDefault(z =>
        {
            Interval Value(string name) => Interval.Point(name switch
            {
                "z" => z,
                "h" => f.Value(z),
                _ => GivenConstants.Of(name, given.Variant, given.LearningRate) ?? double.NaN,
            });
            return !IntervalEvaluator.Evaluate(a, Value).Meets(IntervalEvaluator.Evaluate(b, Value));
        }, double.NaN);
        return double.IsNaN(differs)
            ? new StepJudgement(step, Verdict.Right, null, null)
            : new StepJudgement(step, Verdict.Wrong, null, $"not the network's activation ({f.Name}) at z = {Numbers.Format(differs)}");
    }

    // Whether the relation can hold between some values of the two intervals.
    private static bool Holds(LatexRelation relation, Interval a, Interval b) => relation switch
    {
        LatexRelation.Less => a.Low < b.High,
        LatexRelation.LessOrEqual => a.Low <= b.High,
        LatexRelation.Greater => a.High > b.Low,
        LatexRelation.GreaterOrEqual => a.High >= b.Low,
        LatexRelation.NotEqual => !(a.Low == a.High && b.Low == b.High && a.Low == b.Low),
        _ => a.Meets(b),
    };

    /// <summary>
    /// The first subterm in which two expressions of the same shape differ in value (the taken branches before the
    /// conditions); null where the shapes differ at the top.
    /// </summary>
    private static (Expr Symbolic, Expr Written)? Differing(Expr a, Expr b, Func<string, Interval> env)
    {
        (Expr, Expr)? First(params (Expr, Expr)[] pairs)
        {
            foreach (var (x, y) in pairs)
            {
                if (!IntervalEvaluator.Evaluate(x, env).Meets(IntervalEvaluator.Evaluate(y, env)))
                {
                    return Differing(x, y, env) ?? (x, y);
                }
            }

            return null;
        }

        return (a, b) switch
        {
            (Expr.Negate x, Expr.Negate y) => First((x.Operand, y.Operand)),
            (Expr.Binary x, Expr.Binary y) when x.Operator == y.Operator => First((x.Left, y.Left), (x.Right, y.Right)),
            (Expr.Conditional x, Expr.Conditional y) => First((x.WhenTrue, y.WhenTrue), (x.WhenFalse, y.WhenFalse), (x.Condition, y.Condition)),
            (Expr.Call x, Expr.Call y) when x.Function == y.Function => First([.. x.Arguments.Zip(y.Arguments)]),
            _ => null,
        };
    }

    private static Interval Widen(Interval i, double by) => new(i.Low - by, i.High + by);

    private static double Midpoint(Interval i) => i.Low == i.High ? i.Low : (i.Low + i.High) / 2;
}
