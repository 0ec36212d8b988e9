using Superpower.Display;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>Token kinds of LaTeX math; commands are sorted into kinds by name when tokenized.</summary>
internal enum LatexToken
{
    [Token(Category = "number")]
    Number,

    /// <summary>One ASCII letter: in LaTeX math, <c>dL</c> is two symbols.</summary>
    [Token(Category = "letter")]
    Letter,

    /// <summary>A function name typed without a command, e.g. <c>ReLU</c> or <c>max</c>.</summary>
    [Token(Category = "function")]
    FunctionWord,

    /// <summary>Any other <c>\name</c>: Greek letters, <c>\frac</c>, <c>\hat</c>, <c>\tanh</c>, …</summary>
    [Token(Category = "command")]
    Command,

    /// <summary><c>\text{…}</c>, <c>\mathrm{…}</c>, <c>\operatorname{…}</c> and kin, with their content.</summary>
    [Token(Category = "text")]
    TextGroup,

    /// <summary><c>\mathbb{1}</c>, the indicator of the condition that follows.</summary>
    [Token(Example = "\\mathbb{1}")]
    Indicator,

    [Token(Category = "environment")]
    BeginEnvironment,

    [Token(Category = "environment end")]
    EndEnvironment,

    [Token(Example = "\\partial")]
    Partial,

    [Token(Example = "{")]
    LeftBrace,

    [Token(Example = "}")]
    RightBrace,

    [Token(Example = "(")]
    LeftParen,

    [Token(Example = ")")]
    RightParen,

    [Token(Example = "[")]
    LeftBracket,

    [Token(Example = "]")]
    RightBracket,

    [Token(Example = "\\{")]
    LeftCurly,

    [Token(Example = "\\}")]
    RightCurly,

    /// <summary><c>\left(</c>, <c>\left[</c>, <c>\left\{</c>, <c>\left.</c>.</summary>
    [Token(Example = "\\left(")]
    LeftDelimiter,

    [Token(Example = "\\right)")]
    RightDelimiter,

    /// <summary>A <c>|</c> before <see cref="AbsoluteBars"/> decides whether it opens or closes.</summary>
    [Token(Example = "|")]
    Bar,

    [Token(Example = "|")]
    AbsOpen,

    [Token(Example = "|")]
    AbsClose,

    [Token(Example = "+")]
    Plus,

    [Token(Example = "-")]
    Minus,

    /// <summary><c>\cdot</c>, <c>\times</c>, <c>*</c>.</summary>
    [Token(Example = "\\cdot")]
    Times,

    /// <summary><c>/</c>, <c>\div</c>.</summary>
    [Token(Example = "/")]
    Slash,

    [Token(Example = "^")]
    Caret,

    [Token(Example = "_")]
    Underscore,

    [Token(Example = "'")]
    Prime,

    [Token(Example = ",")]
    Comma,

    [Token(Example = "&")]
    Ampersand,

    [Token(Example = "\\\\")]
    RowBreak,

    /// <summary><c>=</c>, <c>&lt;</c>, <c>\le</c>, <c>\approx</c>, <c>\leftarrow</c>, <c>:=</c>, …</summary>
    [Token(Category = "relation")]
    Relation,

    /// <summary><c>\quad</c>, <c>\qquad</c>: space between claims.</summary>
    [Token(Category = "space")]
    Separator,

    /// <summary><c>\rightarrow</c>, <c>\downarrow</c>, …: an annotation, not a claim.</summary>
    [Token(Category = "arrow")]
    Arrow,

    /// <summary><c>.</c>, <c>;</c>, <c>:</c>.</summary>
    [Token(Category = "punctuation")]
    Punctuation,

    [Token(Category = "character")]
    Other,
}
