namespace SkipNet.Checker.Formulas;

/// <summary>The infix operators of the formula language; comparisons yield 1 or 0.</summary>
public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}
