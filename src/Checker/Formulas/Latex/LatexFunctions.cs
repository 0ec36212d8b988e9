using static SkipNet.Checker.Formulas.BinaryOperator;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>The functions LaTeX math may apply, by spelling, and the trees they and their derivatives stand for.</summary>
internal static class LatexFunctions
{
    // Lower-case spelling → the formula function's spelling, or "huber", which the formula language spells out.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["relu"] = "relu",
        ["sign"] = "sign",
        ["sgn"] = "sign",
        ["max"] = "max",
        ["min"] = "min",
        ["tanh"] = "tanh",
        ["sigmoid"] = "sigmoid",
        ["sigma"] = "sigmoid",
        ["softplus"] = "softplus",
        ["exp"] = "exp",
        ["log"] = "log",
        ["ln"] = "log",
        ["step"] = "step",
        ["heaviside"] = "step",
        ["abs"] = "abs",
        ["leaky"] = "leaky",
        ["leakyrelu"] = "leaky",
        ["lrelu"] = "leaky",
        ["huber"] = "huber",
    };

    /// <summary>The function spelled <paramref name="spelling"/> (any case, no backslash), or null.</summary>
    public static string? KeyOf(string spelling) => Keys.GetValueOrDefault(spelling.Trim().ToLowerInvariant());

    /// <summary>
    /// The tree for <paramref name="key"/> (its derivative when <paramref name="primes"/> is 1) applied to the arguments.
    /// </summary>
    /// <param name="key">A key from <see cref="KeyOf"/>.</param>
    /// <param name="primes">0, or 1 for the derivative.</param>
    /// <param name="args">The arguments as written.</param>
    /// <param name="parameter">The tree for a name the function needs but was not given: "slope", "delta".</param>
    /// <param name="column">Where the function's name starts, for errors.</param>
    public static Expr Apply(string key, int primes, IReadOnlyList<Expr> args, Func<string, Expr> parameter, int column)
    {
        if (primes > 1)
        {
            throw new LatexSyntaxException($"only first derivatives are read, not {key}{new string('\'', primes)}", column);
        }

        // leaky(u) takes the network's slope and huber(r) its δ, by name, unless written as a second argument.
        var (arity, withParameter) = key switch
        {
            "leaky" when args.Count == 1 => (1, (Expr[])[args[0], parameter("slope")]),
            "huber" when args.Count == 1 => (1, [args[0], parameter("delta")]),
            "leaky" or "huber" or "max" or "min" => (2, [.. args]),
            _ => (1, [.. args]),
        };
        if (args.Count != arity)
        {
            throw new LatexSyntaxException($"{key} takes {arity} argument{(arity == 1 ? "" : "s")}, got {args.Count}", column);
        }

        return primes == 0 ? Value(key, withParameter) : Derivative(key, withParameter, column);
    }

    private static Expr Value(string key, Expr[] args) => key switch
    {
        // Huber_δ(r) = r²/2 where |r| ≤ δ, else δ·(|r| − δ/2).
        "huber" => new Expr.Conditional(
            new Expr.Binary(LessOrEqual, Call(FormulaFunction.Abs, args[0]), args[1]),
            new Expr.Binary(Divide, new Expr.Binary(Power, args[0], Two), Two),
            new Expr.Binary(Multiply, args[1], new Expr.Binary(Subtract, Call(FormulaFunction.Abs, args[0]), new Expr.Binary(Divide, args[1], Two)))),
        _ => new Expr.Call(FormulaFunctions.FromSpelling(key)!.Value, args),
    };

    private static Expr Derivative(string key, Expr[] args, int column)
    {
        var u = args[0];
        return key switch
        {
            // ReLU′(u) = step(u), with ReLU′(0) = 0 as in PyTorch.
            "relu" => Call(FormulaFunction.Step, u),
            // tanh′ = 1 − tanh², σ′ = σ(1 − σ), softplus′ = σ, exp′ = exp, log′ = 1/u, |u|′ = sign(u).
            "tanh" => new Expr.Binary(Subtract, One, new Expr.Binary(Power, Call(FormulaFunction.Tanh, u), Two)),
            "sigmoid" => new Expr.Binary(Multiply, Call(FormulaFunction.Sigmoid, u), new Expr.Binary(Subtract, One, Call(FormulaFunction.Sigmoid, u))),
            "softplus" => Call(FormulaFunction.Sigmoid, u),
            "exp" => Call(FormulaFunction.Exp, u),
            "log" => new Expr.Binary(Divide, One, u),
            "abs" => Call(FormulaFunction.Sign, u),
            // leaky′(u, s) = 1 for u > 0, else s.
            "leaky" => new Expr.Conditional(new Expr.Binary(Greater, u, Zero), One, args[1]),
            // Huber′_δ(r) = r where |r| ≤ δ, else δ·sign(r).
            "huber" => new Expr.Conditional(
                new Expr.Binary(LessOrEqual, Call(FormulaFunction.Abs, u), args[1]),
                u,
                new Expr.Binary(Multiply, args[1], Call(FormulaFunction.Sign, u))),
            _ => throw new LatexSyntaxException($"the derivative {key}' is not read", column),
        };
    }

    private static readonly Expr Zero = new Expr.Number(0);
    private static readonly Expr One = new Expr.Number(1);
    private static readonly Expr Two = new Expr.Number(2);

    private static Expr Call(FormulaFunction function, Expr argument) => new Expr.Call(function, [argument]);
}
