using Superpower.Display;

namespace SkipNet.Checker.Formulas;

/// <summary>Token kinds of the formula language; examples feed Superpower's expectation lists.</summary>
internal enum FormulaToken
{
    [Token(Category = "number")]
    Number,

    [Token(Category = "name")]
    Identifier,

    /// <summary><c>dL/d</c> followed by an identifier, e.g. <c>dL/dz2</c>: one name, never a division.</summary>
    [Token(Category = "name")]
    GradientName,

    [Token(Example = "+")]
    Plus,

    [Token(Example = "-")]
    Minus,

    [Token(Example = "*")]
    Star,

    [Token(Example = "/")]
    Slash,

    [Token(Example = "^")]
    Caret,

    [Token(Example = "(")]
    LeftParen,

    [Token(Example = ")")]
    RightParen,

    [Token(Example = ",")]
    Comma,

    [Token(Example = "?")]
    Question,

    [Token(Example = ":")]
    Colon,

    [Token(Example = "<")]
    Less,

    [Token(Example = "<=")]
    LessOrEqual,

    [Token(Example = ">")]
    Greater,

    [Token(Example = ">=")]
    GreaterOrEqual,

    [Token(Example = "==")]
    Equal,

    [Token(Example = "!=")]
    NotEqual,
}
