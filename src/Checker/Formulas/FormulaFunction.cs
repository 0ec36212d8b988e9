namespace SkipNet.Checker.Formulas;

/// <summary>The built-in functions, written in lower case and followed by '(' in a formula.</summary>
public enum FormulaFunction
{
    Relu,
    Step,
    Sign,
    Abs,
    Max,
    Min,

    /// <summary>tanh(u).</summary>
    Tanh,

    /// <summary>σ(u) = 1/(1 + e^−u).</summary>
    Sigmoid,

    /// <summary>ln(1 + e^u).</summary>
    Softplus,

    /// <summary>e^u.</summary>
    Exp,

    /// <summary>The natural logarithm.</summary>
    Log,

    /// <summary>leaky(u, s): leaky ReLU with slope s, u for u &gt; 0 and s·u otherwise.</summary>
    Leaky,
}
