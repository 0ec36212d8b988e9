namespace SkipNet.Checker.Formulas.Latex;

/// <summary>The commands and symbols the reader knows, by role.</summary>
internal static class LatexCommands
{
    /// <summary>Relations by spelling, commands with their backslash.</summary>
    public static IReadOnlyDictionary<string, LatexRelation> Relations { get; } = new Dictionary<string, LatexRelation>(StringComparer.Ordinal)
    {
        ["="] = LatexRelation.Equal,
        ["<"] = LatexRelation.Less,
        [">"] = LatexRelation.Greater,
        ["<="] = LatexRelation.LessOrEqual,
        [">="] = LatexRelation.GreaterOrEqual,
        [":="] = LatexRelation.Assign,
        ["≤"] = LatexRelation.LessOrEqual,
        ["≥"] = LatexRelation.GreaterOrEqual,
        ["≠"] = LatexRelation.NotEqual,
        ["≈"] = LatexRelation.Approx,
        ["←"] = LatexRelation.Assign,
        [@"\lt"] = LatexRelation.Less,
        [@"\gt"] = LatexRelation.Greater,
        [@"\le"] = LatexRelation.LessOrEqual,
        [@"\leq"] = LatexRelation.LessOrEqual,
        [@"\leqslant"] = LatexRelation.LessOrEqual,
        [@"\ge"] = LatexRelation.GreaterOrEqual,
        [@"\geq"] = LatexRelation.GreaterOrEqual,
        [@"\geqslant"] = LatexRelation.GreaterOrEqual,
        [@"\ne"] = LatexRelation.NotEqual,
        [@"\neq"] = LatexRelation.NotEqual,
        [@"\approx"] = LatexRelation.Approx,
        [@"\leftarrow"] = LatexRelation.Assign,
        [@"\longleftarrow"] = LatexRelation.Assign,
        [@"\gets"] = LatexRelation.Assign,
        [@"\coloneqq"] = LatexRelation.Assign,
    };

    /// <summary>Wide spaces between claims on one line.</summary>
    public static IReadOnlySet<string> Separators { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        @"\quad", @"\qquad", @"\hfill", @"\enspace",
    };

    /// <summary>Arrows point from a claim to a note; they claim nothing themselves.</summary>
    public static IReadOnlySet<string> Arrows { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        @"\rightarrow", @"\to", @"\Rightarrow", @"\implies", @"\longrightarrow", @"\Longrightarrow", @"\mapsto",
        @"\downarrow", @"\uparrow", @"\Downarrow", @"\Uparrow", @"\iff", @"\Leftrightarrow", @"\leftrightarrow",
        "→", "⇒", "↓", "↑",
    };

    public static IReadOnlySet<string> TimesSigns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        @"\cdot", @"\times", @"\ast", @"\cdotp", "*", "·", "×", "⋅",
    };

    /// <summary>Commands that only size or space what follows.</summary>
    public static IReadOnlySet<string> Ignored { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        @"\displaystyle", @"\textstyle", @"\nonumber", @"\notag", @"\limits",
        @"\big", @"\Big", @"\bigg", @"\Bigg", @"\bigl", @"\bigr", @"\Bigl", @"\Bigr", @"\biggl", @"\biggr", @"\Biggl", @"\Biggr",
    };

    /// <summary>Commands whose content is a word: a function name, the upright d of dL, or prose.</summary>
    public static IReadOnlySet<string> TextCommands { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        @"\text", @"\textrm", @"\textit", @"\textbf", @"\textsf", @"\texttt", @"\mbox",
        @"\mathrm", @"\mathit", @"\mathsf", @"\mathtt", @"\operatorname",
    };

    /// <summary>Commands that draw around their argument without changing its value.</summary>
    public static IReadOnlySet<string> Wrappers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        @"\underline", @"\overline", @"\boxed", @"\fbox", @"\bm", @"\boldsymbol", @"\mathbf", @"\pmb",
    };

    /// <summary>Greek letters read as names (<c>\alpha</c> → "alpha"); <c>\sigma(</c> is the sigmoid.</summary>
    public static IReadOnlySet<string> Greek { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega",
    };

    /// <summary>Environments whose rows are claims, read as if their content stood alone.</summary>
    public static IReadOnlySet<string> AlignEnvironments { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "align", "align*", "aligned", "alignat", "alignat*", "gather", "gather*", "gathered", "split", "equation", "equation*",
    };
}
