using SkipNet.Checker.Formulas;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// Evaluates an <see cref="Expr"/> over <see cref="Interval"/>s: every value the expression takes when each name
/// takes any value of its interval (an enclosure: interval arithmetic may widen where a name occurs twice). At a
/// kink a slope such as step(0) is every subgradient, [0, 1]. Undefined (0/0, log of ≤ 0) is NaN, which meets nothing.
/// </summary>
public static class IntervalEvaluator
{
    private static readonly Interval Undefined = Interval.Point(double.NaN);
    private static readonly Interval ZeroOrOne = new(0, 1);

    public static Interval Evaluate(Expr expr, Func<string, Interval> valueOf)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(valueOf);
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return expr switch
        {
            Expr.Number number => Interval.Point(number.Value),
            Expr.Variable variable => valueOf(variable.Name),
            Expr.Negate negate => -Evaluate(negate.Operand, valueOf),
            Expr.Binary binary => Apply(binary.Operator, Evaluate(binary.Left, valueOf), Evaluate(binary.Right, valueOf)),
            Expr.Conditional conditional => Choose(Evaluate(conditional.Condition, valueOf), conditional, valueOf),
            Expr.Call call => Apply(call.Function, [.. call.Arguments.Select(argument => Evaluate(argument, valueOf))]),
            _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown expression kind"),
        };
    }

    // A condition surely true takes its branch, surely false the other, undecided both.
    private static Interval Choose(Interval condition, Expr.Conditional conditional, Func<string, Interval> valueOf) =>
        double.IsNaN(condition.Low) || double.IsNaN(condition.High) ? Undefined
        : condition.Low > 0 || condition.High < 0 ? Evaluate(conditional.WhenTrue, valueOf)
        : condition is { Low: 0, High: 0 } ? Evaluate(conditional.WhenFalse, valueOf)
        : Interval.Hull(Evaluate(conditional.WhenTrue, valueOf), Evaluate(conditional.WhenFalse, valueOf));

    private static Interval Apply(BinaryOperator op, Interval a, Interval b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        BinaryOperator.Divide => b.Contains(0) ? Undefined : a * new Interval(1 / b.High, 1 / b.Low),
        // uⁿ is monotone on each side of 0 (so [−ε, ε]² holds 0); an exponent that is itself uncertain takes the corners.
        BinaryOperator.Power when b.Low == b.High => a.Map(u => Math.Pow(u, b.Low)),
        BinaryOperator.Power => Interval.Hull([Math.Pow(a.Low, b.Low), Math.Pow(a.Low, b.High), Math.Pow(a.High, b.Low), Math.Pow(a.High, b.High)]),
        BinaryOperator.Less => Decide(a.High < b.Low, a.Low >= b.High),
        BinaryOperator.LessOrEqual => Decide(a.High <= b.Low, a.Low > b.High),
        BinaryOperator.Greater => Decide(a.Low > b.High, a.High <= b.Low),
        BinaryOperator.GreaterOrEqual => Decide(a.Low >= b.High, a.High < b.Low),
        BinaryOperator.Equal => Decide(a.Low == a.High && b.Low == b.High && a.Low == b.Low, !a.Meets(b)),
        BinaryOperator.NotEqual => Decide(!a.Meets(b), a.Low == a.High && b.Low == b.High && a.Low == b.Low),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown operator"),
    };

    private static Interval Decide(bool surelyTrue, bool surelyFalse) =>
        surelyTrue ? Interval.Point(1) : surelyFalse ? Interval.Point(0) : ZeroOrOne;

    private static Interval Apply(FormulaFunction function, Interval[] args) => function switch
    {
        FormulaFunction.Relu => args[0].Map(Activation.Relu.Value),
        FormulaFunction.Step => args[0].Map(Activation.Relu.LeftDerivative, Activation.Relu.RightDerivative),
        FormulaFunction.Sign => args[0].Map(LossFunction.L1.LeftDerivative, LossFunction.L1.RightDerivative),
        FormulaFunction.Abs => args[0].Map(Math.Abs),
        FormulaFunction.Max => new(Math.Max(args[0].Low, args[1].Low), Math.Max(args[0].High, args[1].High)),
        FormulaFunction.Min => new(Math.Min(args[0].Low, args[1].Low), Math.Min(args[0].High, args[1].High)),
        FormulaFunction.Tanh => args[0].Map(Math.Tanh),
        FormulaFunction.Sigmoid => args[0].Map(Activation.Sigmoid.Value),
        FormulaFunction.Softplus => args[0].Map(Activation.Softplus.Value),
        FormulaFunction.Exp => args[0].Map(Math.Exp),
        FormulaFunction.Log => args[0].Low <= 0 ? Undefined : args[0].Map(Math.Log),
        FormulaFunction.Leaky => args[1].Low == args[1].High && double.IsFinite(args[1].Low) ? args[0].Map(Activation.LeakyRelu(args[1].Low).Value) : Undefined,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "unknown function"),
    };
}
