namespace SkipNet.Checker.Formulas;

/// <summary>Spelling and arity of the built-in functions.</summary>
internal static class FormulaFunctions
{
    public static string Spelling(this FormulaFunction function) => function.ToString().ToLowerInvariant();

    public static int Arity(this FormulaFunction function) =>
        function is FormulaFunction.Max or FormulaFunction.Min or FormulaFunction.Leaky ? 2 : 1;

    /// <summary>The function spelled exactly <paramref name="name"/> (case-sensitive), or null.</summary>
    public static FormulaFunction? FromSpelling(string name) => name switch
    {
        "relu" => FormulaFunction.Relu,
        "step" => FormulaFunction.Step,
        "sign" => FormulaFunction.Sign,
        "abs" => FormulaFunction.Abs,
        "max" => FormulaFunction.Max,
        "min" => FormulaFunction.Min,
        "tanh" => FormulaFunction.Tanh,
        "sigmoid" => FormulaFunction.Sigmoid,
        "softplus" => FormulaFunction.Softplus,
        "exp" => FormulaFunction.Exp,
        "log" => FormulaFunction.Log,
        "leaky" => FormulaFunction.Leaky,
        _ => null,
    };
}
