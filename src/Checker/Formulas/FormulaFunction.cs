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
}
