using System.Runtime.CompilerServices;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Formulas;

/// <summary>Evaluates an <see cref="Expr"/> in double arithmetic.</summary>
public static class FormulaEvaluator
{
    /// <summary>The value of <paramref name="expr"/>; only the taken branch of a conditional is evaluated.</summary>
    /// <param name="expr">The expression.</param>
    /// <param name="valueOf">Value of a variable, by canonical name.</param>
    public static double Evaluate(Expr expr, Func<string, double> valueOf)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(valueOf);
        return Value(expr, valueOf);
    }

    private static double Value(Expr expr, Func<string, double> valueOf)
    {
        // Parsed trees are at most about MaxLength / 2 deep; a deeper hand-built tree gets a catchable exception.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return expr switch
        {
            Expr.Number number => number.Value,
            Expr.Variable variable => valueOf(variable.Name),
            Expr.Negate negate => -Value(negate.Operand, valueOf),
            Expr.Binary binary => Apply(binary.Operator, Value(binary.Left, valueOf), Value(binary.Right, valueOf)),
            Expr.Conditional conditional => IsTrue(Value(conditional.Condition, valueOf))
                ? Value(conditional.WhenTrue, valueOf)
                : Value(conditional.WhenFalse, valueOf),
            Expr.Call call => Apply(call.Function, call.Arguments.Select(argument => Value(argument, valueOf)).ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown expression kind"),
        };
    }

    // NaN != 0 holds in IEEE arithmetic, so NaN needs its own test to count as false.
    private static bool IsTrue(double condition) => condition != 0 && !double.IsNaN(condition);

    private static double Truth(bool holds) => holds ? 1.0 : 0.0;

    private static double Apply(BinaryOperator op, double left, double right) => op switch
    {
        BinaryOperator.Add => left + right,
        BinaryOperator.Subtract => left - right,
        BinaryOperator.Multiply => left * right,
        BinaryOperator.Divide => left / right,
        BinaryOperator.Power => Math.Pow(left, right),
        BinaryOperator.Less => Truth(left < right),
        BinaryOperator.LessOrEqual => Truth(left <= right),
        BinaryOperator.Greater => Truth(left > right),
        BinaryOperator.GreaterOrEqual => Truth(left >= right),
        BinaryOperator.Equal => Truth(left == right),
        BinaryOperator.NotEqual => Truth(left != right),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown operator"),
    };

    private static double Apply(FormulaFunction function, double[] args) => function switch
    {
        FormulaFunction.Relu => args[0] > 0 ? args[0] : 0,
        FormulaFunction.Step => args[0] > 0 ? 1 : 0,
        // Math.Sign throws on NaN.
        FormulaFunction.Sign => double.IsNaN(args[0]) ? double.NaN : Math.Sign(args[0]),
        FormulaFunction.Abs => Math.Abs(args[0]),
        FormulaFunction.Max => Math.Max(args[0], args[1]),
        FormulaFunction.Min => Math.Min(args[0], args[1]),
        // The reference's own σ and softplus, accurate where e^u would overflow.
        FormulaFunction.Tanh => Math.Tanh(args[0]),
        FormulaFunction.Sigmoid => Activation.Sigmoid.Value(args[0]),
        FormulaFunction.Softplus => Activation.Softplus.Value(args[0]),
        FormulaFunction.Exp => Math.Exp(args[0]),
        FormulaFunction.Log => Math.Log(args[0]),
        FormulaFunction.Leaky => args[0] > 0 ? args[0] : args[1] * args[0],
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "unknown function"),
    };
}
