using System.Globalization;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using SkipNet.Checker.Judging;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using YamlDotNet.RepresentationModel;

namespace SkipNet.Checker.Reading.Documents;

/// <summary>
/// Reads a derivation as it was written, Markdown (<c>.md</c>, <c>.markdown</c>) or LaTeX (<c>.tex</c>): every chain
/// <c>a = b = c</c> of every math span, its subject (the quantity on its left), the value it ends in, the formulas and
/// the numeric steps written for it. Names resolve against the exercise's quantities, the front matter's aliases, and
/// aliases learned from the document's own forward equations (<c>z_2 = h_1 w_2 + h_0 w_5</c> makes w5 the skip weight).
/// Once weights are updated, forward quantities belong to the second pass.
/// </summary>
public static partial class DocumentReader
{
    private static readonly string[] Forward = ["z0", "h0", "z1", "h1", "z2", "yhat", "loss"];
    private static readonly string[] Weights = ["w0", "w1", "w2", "w3"];

    private enum Phase
    {
        First,
        Updating,
        Second,
    }

    public static bool IsDocument(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".tex";

    /// <summary>Reads the document; <paramref name="given"/> (from the command line) wins over its front matter.</summary>
    public static Document Read(string text, string source, Given? given)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputError(new SourcePlace(source, 0, 0), "not a text file (it holds NUL bytes)");
        }

        var (front, body, bodyLine) = FrontMatter(text, source);
        var frontGiven = front is null ? null : SubmissionSchema.Child(front, "given") is { } g ? SubmissionSchema.ReadGiven(g, source) : null;
        var aliases = front is null ? new Dictionary<string, string>() : SubmissionSchema.ReadAliases(SubmissionSchema.Child(front, "aliases"), source);
        var (theGiven, givenFrom) = given is not null ? (given, "the command line")
            : frontGiven is not null ? (frontGiven, "the front matter")
            : (Checker.Given.WorkedExample, "the worked example's (x = 1, y = 3, every weight 0.5, α = 1)");

        var spans = (source.EndsWith(".tex", StringComparison.OrdinalIgnoreCase) ? TexMath.Spans(body, source) : MarkdownMath.Spans(body))
            .Select(s => s with { Line = s.Line + bodyLine - 1 })
            .ToList();
        var reading = new Reading(theGiven, aliases);
        reading.LearnAliases(spans);
        foreach (var span in spans)
        {
            reading.Add(span);
        }

        var submission = new Submission(source, theGiven, aliases, reading.Values.Select(v => v with { Place = v.Place with { File = source } }).ToList(), reading.Formulas.Select(f => f with { Place = f.Place with { File = source } }).ToList());
        return new Document(submission, givenFrom, reading.Steps, reading.Assumptions, reading.Unread);
    }

    // A YAML block between two '---' lines at the top: given and aliases.
    private static (YamlMappingNode? Front, string Body, int BodyLine) FrontMatter(string text, string source)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd() != "---")
        {
            return (null, text, 1);
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            throw new InputError(new SourcePlace(source, 1, 1), "the front matter opened by '---' is never closed");
        }

        var yaml = string.Join('\n', lines[1..end]);
        var front = SubmissionSchema.Mapping(YamlGuard.Parse(yaml, source), source, "the front matter");
        foreach (var key in front.Children.Keys.Select(k => SubmissionSchema.ScalarText(k, source)))
        {
            if (key is not ("given" or "aliases"))
            {
                throw new InputError(new SourcePlace(source, 1, 1), $"unknown key '{key}' in the front matter (given, aliases){DidYouMean.Hint(key, ["given", "aliases"])}");
            }
        }

        // Blank lines keep every line number of the body.
        return (front, string.Concat(Enumerable.Repeat("\n", end + 1)) + string.Join('\n', lines[(end + 1)..]), 1);
    }

    /// <summary>The state of one reading: names, phase, and what has been found so far.</summary>
    private sealed class Reading(Given given, Dictionary<string, string> aliases)
    {
        private readonly HashSet<string> assumed = [];
        private Phase phase = Phase.First;
        private bool gradientsSeen;
        private (string? Subject, LatexSide Last, string Text, int Line)? previous;

        public List<ValueClaim> Values { get; } = [];

        public List<FormulaClaim> Formulas { get; } = [];

        public List<WrittenStep> Steps { get; } = [];

        public List<Assumption> Assumptions { get; } = [];

        public List<UnreadMath> Unread { get; } = [];

        /// <summary>w5 → w3 where z2's own equation names w5 in w3's place; the front matter's aliases win.</summary>
        public void LearnAliases(IEnumerable<MathSpan> spans)
        {
            var point = new Dictionary<string, double> { ["x"] = 0.7, ["y"] = 1.3, ["w0"] = 1.1, ["w1"] = -0.9, ["w2"] = 1.7, ["w3"] = 0.6 };
            var t = Network.Forward(new Parameters(1.1, -0.9, 1.7, 0.6), new Sample(0.7, 1.3), given.Variant);
            (point["z0"], point["h0"], point["z1"], point["h1"], point["z2"]) = (t.Z0, t.H0, t.Z1, t.H1, t.Z2);
            foreach (var span in spans)
            {
                foreach (var chain in ReadOrNone(span.Text, name => Known(name) ?? (IsPlainName(name) ? name : null)))
                {
                    if (chain.Sides.Count < 2 || chain.Sides[0].Expr is not Expr.Variable { Name: "z0" or "z1" or "z2" } subject)
                    {
                        continue;
                    }

                    foreach (var side in chain.Sides.Skip(1).Where(s => s.IsRead))
                    {
                        var unknown = Names(side.Expr!).Where(n => !point.ContainsKey(n)).Distinct().ToList();
                        if (unknown is not [var name] || aliases.ContainsKey(name))
                        {
                            continue;
                        }

                        foreach (var candidate in Weights.Append("x"))
                        {
                            var value = FormulaEvaluator.Evaluate(side.Expr!, n => n == name ? point[candidate] : point.GetValueOrDefault(n, double.NaN));
                            if (Math.Abs(value - point[subject.Name]) <= 1e-12)
                            {
                                aliases[name] = candidate;
                                break;
                            }
                        }
                    }
                }
            }
        }

        public void Add(MathSpan span)
        {
            var chains = ReadOrNone(span.Text, Resolve(span), span);
            if (phase == Phase.Updating && chains.Any(c => SubjectName(c) is { } s && Forward.Contains(s)))
            {
                phase = Phase.Second;
                chains = ReadOrNone(span.Text, Resolve(span));
            }

            foreach (var chain in chains)
            {
                Add(span, chain);
            }
        }

        // The span's chains; a span too long or too deeply nested is unread as a whole (noted where the span is, when given).
        private IReadOnlyList<LatexChain> ReadOrNone(string text, Func<string, string?> resolve, MathSpan? noteAt = null)
        {
            try
            {
                return LatexMathReader.Read(text, resolve);
            }
            catch (LatexSyntaxException error)
            {
                if (noteAt is not null)
                {
                    Unread.Add(new UnreadMath(noteAt.Line, text.Length > 80 ? text[..80] + "…" : text, error.Message));
                }

                return [];
            }
        }

        private void Add(MathSpan span, LatexChain written)
        {
            var chain = LettersInDefinitionOnly(written);
            var sides = chain.Sides.ToList();
            var relations = chain.Relations.ToList();
            var subject = SubjectName(chain);
            if (chain.Continues && previous is { } p)
            {
                subject = p.Subject;
                sides.Insert(0, p.Last);
            }
            else
            {
                if (chain.Continues)
                {
                    relations.RemoveAt(0); // "= …" with nothing before it: its leading relation joins nothing
                }

                if (subject is not null)
                {
                    gradientsSeen |= Quantities.Gradients.Contains(subject);
                    if (Weights.Contains(subject) && gradientsSeen)
                    {
                        subject = "updated." + subject;
                        phase = phase == Phase.First ? Phase.Updating : phase;
                    }
                }
            }

            string TextOf(LatexSide side) =>
                ReferenceEquals(side, previous?.Last) ? previous!.Value.Text : span.Text.Substring(side.Column - 1, side.Length);
            int LineOf(LatexSide side) =>
                ReferenceEquals(side, previous?.Last) ? previous!.Value.Line : span.Line + span.Text[..(side.Column - 1)].Count(c => c == '\n');

            foreach (var side in chain.Sides.Where(s => !s.IsRead))
            {
                Unread.Add(new UnreadMath(LineOf(side), TextOf(side), side.Unread!.Reason));
            }

            var claimable = subject is not null && Quantities.Claimable.Contains(subject);
            // Formulas are judged as properties for the first pass's quantities; elsewhere a formula is a step at the given point.
            var formulaSubject = phase == Phase.First && subject is not null && (Quantities.Gradients.Contains(subject) || Forward.Contains(subject));
            // The value a chain comes to: its last side joined to the subject by equalities alone (z1 = 0.25 > 0 claims 0.25).
            var equalities = relations.TakeWhile(r => r is LatexRelation.Equal or LatexRelation.Approx or LatexRelation.Assign).Count();
            for (var i = 0; i < sides.Count; i++)
            {
                var side = sides[i];
                if (claimable && i > 0 && side.Expr is { } expr && !ReferenceEquals(side, previous?.Last))
                {
                    if (IsFormula(expr, i) && formulaSubject && !StatedForOnePiece(span.Text, side))
                    {
                        Formulas.Add(new FormulaClaim(subject!, TextOf(side), expr, new SourcePlace("", LineOf(side), side.Column)));
                    }
                    else if (i == equalities && Literal(expr) is { } number && Values.All(v => v.Name != subject))
                    {
                        Values.Add(new ValueClaim(subject!, NumberText(TextOf(side), number), number, new SourcePlace("", LineOf(side), side.Column)));
                    }
                }

                if (i > 0)
                {
                    var (left, relation) = (sides[i - 1], relations[i - 1]);
                    var bothFormulas = left.Expr is { } l && side.Expr is { } r && IsFormula(l, i - 1) && IsFormula(r, i) && formulaSubject &&
                        !StatedForOnePiece(span.Text, side);
                    if (!bothFormulas)
                    {
                        var rightText = side.Expr is { } e && Literal(e) is { } n ? NumberText(TextOf(side), n) : TextOf(side);
                        Steps.Add(new WrittenStep(LineOf(side), $"{TextOf(left)} {Symbol(relation)} {TextOf(side)}", subject, left.Expr, side.Expr, rightText, relation));
                    }
                }
            }

            previous = sides.Count > 0 ? (subject, sides[^1], TextOf(sides[^1]), LineOf(sides[^1])) : previous;
        }

        // z and h stand alone only in the activation's definition h = f(z); beside the network's names they name no
        // quantity (which layer's?), so a side that uses them is unread rather than judged.
        private static LatexChain LettersInDefinitionOnly(LatexChain chain)
        {
            var names = chain.Sides.Where(s => s.IsRead).SelectMany(s => Names(s.Expr!)).ToList();
            return !names.Any(IsActivationLetter) || IsActivationDefinition(names) ? chain : chain with
            {
                Sides = [.. chain.Sides.Select(s => s.Expr is { } e && Names(e).FirstOrDefault(IsActivationLetter) is { } letter
                    ? s with { Expr = null, Unread = new LatexUnread(s.Column, $"'{letter}' names no quantity of the network here: z and h stand alone only in the activation's definition h = f(z)") }
                    : s)],
            };
        }

        private static string? SubjectName(LatexChain chain) =>
            chain.Sides.Count >= 2 && chain.Sides[0].Expr is Expr.Variable { Name: var name } ? name : null;

        private Func<string, string?> Resolve(MathSpan span) => written =>
        {
            // w_0' is the updated weight, \hat{y}' and L' the second pass's.
            if (written.EndsWith('\'') && Known(SubmissionSchema.Canonical(written.TrimEnd('\''), aliases)) is { } primed)
            {
                return Forward.Contains(primed) ? "second." + primed : Weights.Contains(primed) ? "updated." + primed : null;
            }

            var name = SubmissionSchema.Canonical(written, aliases);
            switch (name)
            {
                case "x1" when !aliases.ContainsKey("x1"):
                    Assume(span, "x_1 read as x: the network has one input");
                    name = "x";
                    break;
                case "dL/dy":
                    Assume(span, @"dL/dy read as ∂L/∂ŷ: the target y is data, nothing differentiates by it");
                    name = "dL/dyhat";
                    break;
                case "g0" or "g1":
                    return ActivationSpelling();
                case "alpha" or "eta":
                    return "lr";
                case var constant when GivenConstants.OfVariant.Contains(constant):
                    return constant;
                case "z" or "h":
                    return name; // the activation's definition, h = f(z), in the sheet's own letters
            }

            return phase == Phase.Second ? Second(Known(name)) : Known(name);
        };

        private static string? Second(string? name) => name switch
        {
            null => null,
            _ when Forward.Contains(name) => "second." + name,
            _ when Weights.Contains(name) => "updated." + name,
            _ => name,
        };

        private string? ActivationSpelling() => given.Variant.Activation.Kind switch
        {
            ActivationKind.Relu => "relu",
            ActivationKind.Tanh => "tanh",
            ActivationKind.Sigmoid => "sigmoid",
            ActivationKind.Softplus => "softplus",
            _ => null,
        };

        private string? Known(string name)
        {
            var local = LocalPartialName(name);
            return Quantities.FormulaNames.Contains(name) ? name : local;
        }

        private string? LocalPartialName(string name)
        {
            var parts = name.Split('/');
            if (parts is not [['d', .. var top], ['d', .. var bottom]])
            {
                return null;
            }

            var canonical = $"d{SubmissionSchema.Canonical(top, aliases)}/d{SubmissionSchema.Canonical(bottom, aliases)}";
            return LocalPartials.Names.Contains(canonical) ? canonical : null;
        }

        private void Assume(MathSpan span, string text)
        {
            if (assumed.Add(text))
            {
                Assumptions.Add(new Assumption(span.Line, text));
            }
        }
    }

    // A formula followed by an aside "(the … piece)" holds on that piece only: a statement at the given point, not a
    // formula for every point (the answer sheets write Huber's active piece so).
    private static bool StatedForOnePiece(string math, LatexSide side)
    {
        var end = side.Column - 1 + side.Length;
        return end <= math.Length && math[end..].TrimStart().Replace(@"\quad", "", StringComparison.Ordinal).TrimStart().StartsWith(@"\text{(", StringComparison.Ordinal);
    }

    /// <summary>
    /// A formula in names alone: the point's own quantities (inputs, forward values, gradients, local partials), numbers
    /// only in conditions, as whole case values, or the cases' undefined else. A function's argument may be the
    /// variant's constant (a slope, δ); α, the updated weights and the second pass are not quantities of a point.
    /// </summary>
    public static bool IsFormula(Expr expr) => expr switch
    {
        Expr.Number => false,
        Expr.Variable v => Quantities.FormulaNames.Contains(v.Name) || LocalPartials.Names.Contains(v.Name),
        Expr.Negate n => IsFormula(n.Operand),
        Expr.Binary { Operator: BinaryOperator.Power or BinaryOperator.Divide, Right: Expr.Number } b => IsFormula(b.Left), // (y − ŷ)², r²/2
        Expr.Binary { Operator: BinaryOperator.Multiply, Left: Expr.Number n } b when Coefficient(n) => IsFormula(b.Right),    // 2(ŷ − y)
        Expr.Binary { Operator: BinaryOperator.Multiply, Right: Expr.Number n } b when Coefficient(n) => IsFormula(b.Left),
        Expr.Binary b => IsFormula(b.Left) && IsFormula(b.Right),
        Expr.Conditional c => CaseValue(c.WhenTrue) && CaseValue(c.WhenFalse) && (IsFormula(c.WhenTrue) || IsFormula(c.WhenFalse) || Names(c.Condition).Any()),
        Expr.Call call => call.Arguments.Any(IsFormula) && call.Arguments.All(a => IsFormula(a) || a is Expr.Number || (a is Expr.Variable { Name: var name } && GivenConstants.OfVariant.Contains(name))),
        _ => false,
    };

    // A whole number of magnitude 2 or more multiplies a formula (2, in 2(ŷ − y)); ±1 or 0.5 stands for a quantity's value.
    private static bool Coefficient(Expr.Number n) => Math.Abs(n.Value) >= 2 && n.Value == Math.Round(n.Value);

    private static bool CaseValue(Expr expr) => Literal(expr) is not null || IsFormula(expr);

    /// <summary>
    /// A formula at its place in a chain: cases whose every value is a number (sign(ŷ − y) written as ±1) are a formula
    /// right after the subject only; further along they are the formula's values at the given point.
    /// </summary>
    private static bool IsFormula(Expr expr, int position) => IsFormula(expr) && (position <= 1 || !AllCasesNumbers(expr));

    private static bool AllCasesNumbers(Expr expr) => expr switch
    {
        Expr.Conditional c => AllCasesNumbers(c.WhenTrue) && AllCasesNumbers(c.WhenFalse),
        _ => Literal(expr) is not null,
    };

    /// <summary>A side that is one number, possibly signed.</summary>
    public static double? Literal(Expr expr) => expr switch
    {
        Expr.Number n => n.Value,
        Expr.Negate { Operand: Expr.Number n } => -n.Value,
        _ => null,
    };

    /// <summary>Every name the expression uses.</summary>
    public static IEnumerable<string> Names(Expr expr) => expr switch
    {
        Expr.Variable v => [v.Name],
        Expr.Negate n => Names(n.Operand),
        Expr.Binary b => Names(b.Left).Concat(Names(b.Right)),
        Expr.Conditional c => Names(c.Condition).Concat(Names(c.WhenTrue)).Concat(Names(c.WhenFalse)),
        Expr.Call call => call.Arguments.SelectMany(Names),
        _ => [],
    };

    /// <summary>Whether names are those of the activation's definition h = f(z): z or h, besides the given's constants only.</summary>
    public static bool IsActivationDefinition(IReadOnlyCollection<string> names) =>
        names.Any(IsActivationLetter) && names.All(n => IsActivationLetter(n) || GivenConstants.Names.Contains(n));

    private static bool IsActivationLetter(string name) => name is "z" or "h";

    /// <summary>A lone number as written, its decimals kept, without the markup around it: \underline{4.95} → 4.95.</summary>
    private static string NumberText(string text, double value) =>
        NumberPattern().Matches(text) is [.., var last] ? (value < 0 ? "-" : "") + last.Value : Invariant(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex NumberPattern();

    private static bool IsPlainName(string name) => name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static string Symbol(LatexRelation relation) => relation switch
    {
        LatexRelation.Equal => "=",
        LatexRelation.Approx => "≈",
        LatexRelation.Less => "<",
        LatexRelation.LessOrEqual => "≤",
        LatexRelation.Greater => ">",
        LatexRelation.GreaterOrEqual => "≥",
        LatexRelation.NotEqual => "≠",
        _ => "←",
    };

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
