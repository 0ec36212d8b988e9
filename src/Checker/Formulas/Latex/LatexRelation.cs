namespace SkipNet.Checker.Formulas.Latex;

/// <summary>What joins two sides of a chain.</summary>
public enum LatexRelation
{
    /// <summary><c>=</c>.</summary>
    Equal,

    /// <summary><c>\approx</c>.</summary>
    Approx,

    /// <summary><c>&lt;</c>, <c>\lt</c>.</summary>
    Less,

    /// <summary><c>\le</c>, <c>\leq</c>, <c>\leqslant</c>, <c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>, <c>\gt</c>.</summary>
    Greater,

    /// <summary><c>\ge</c>, <c>\geq</c>, <c>\geqslant</c>, <c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>\ne</c>, <c>\neq</c>.</summary>
    NotEqual,

    /// <summary>An update: <c>w \leftarrow w - \alpha g</c>, <c>\gets</c>, <c>:=</c>.</summary>
    Assign,
}
