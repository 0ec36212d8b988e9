using System.Globalization;
using SkipNet.Checker.Formulas;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SkipNet.Checker.Reading;

/// <summary>
/// The derivation's schema: given (with its variant keys), aliases, values and formulas, every name resolved and
/// every number finite. Every problem is an <see cref="InputError"/> naming the file, line and column.
/// </summary>
public static class SubmissionSchema
{
    // YAML's spellings of infinity and not-a-number.
    private static readonly HashSet<string> YamlSpecialFloats =
        new(StringComparer.OrdinalIgnoreCase) { ".inf", "+.inf", "-.inf", ".nan", "inf", "-inf", "nan", "infinity", "-infinity" };

    private static readonly string[] TopKeys = ["given", "aliases", "values", "formulas"];

    /// <summary>The submission a guarded YAML root node describes.</summary>
    public static Submission Read(YamlNode root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        var top = Mapping(root, source, "the file");
        foreach (var key in top.Children.Keys)
        {
            var name = ScalarText(key, source);
            if (!TopKeys.Contains(name))
            {
                throw new InputError(At(key, source), $"unknown key '{name}'{DidYouMean.Hint(name, TopKeys)}");
            }
        }

        var given = ReadGiven(Child(top, "given") ?? throw new InputError(At(root, source), "missing 'given'"), source);
        var aliases = ReadAliases(Child(top, "aliases"), source);
        return new Submission(
            source,
            given,
            aliases,
            ReadValues(Child(top, "values"), aliases, source),
            ReadFormulas(Child(top, "formulas"), aliases, source));
    }

    /// <summary>The 'given' mapping: the point, the learning rate and the variant.</summary>
    public static Given ReadGiven(YamlNode node, string source)
    {
        var given = Mapping(node, source, "'given'");
        CheckKeys(given, Quantities.GivenKeys, source, "'given'");
        double Get(string key) => Number(Child(given, key) ?? throw new InputError(At(node, source), $"'given' lacks '{key}'"), source).Value;
        var result = new Given(new Parameters(Get("w0"), Get("w1"), Get("w2"), Get("w3")), new Sample(Get("x"), Get("y")), Get("learning_rate"))
        {
            Variant = ReadVariant(given, source),
        };
        return OverflowGuard.Checked(result, At(node, source));
    }

    // activation (default relu) with slope for leaky-relu only, loss (default l1) with delta (positive) for huber only.
    private static Variant ReadVariant(YamlMappingNode given, string source)
    {
        var activations = Enum.GetValues<ActivationKind>().ToDictionary(kind => Activation.Of(kind).Name);
        var losses = Enum.GetValues<LossKind>().ToDictionary(kind => LossFunction.Of(kind).Name);
        var activation = Name(Child(given, "activation"), activations, Activation.Relu.Name, "activation");
        var loss = Name(Child(given, "loss"), losses, LossFunction.L1.Name, "loss");
        var slope = Parameter(Child(given, "slope"), "slope", activation == ActivationKind.LeakyRelu, "activation leaky-relu", Activation.DefaultSlope, _ => true, "a finite number");
        var delta = Parameter(Child(given, "delta"), "delta", loss == LossKind.Huber, "loss huber", LossFunction.DefaultDelta, d => d > 0, "a positive number");
        return new Variant(Activation.Of(activation, slope), LossFunction.Of(loss, delta));

        TKind Name<TKind>(YamlNode? node, IReadOnlyDictionary<string, TKind> kinds, string fallback, string key)
        {
            var written = node is null ? fallback : ScalarText(node, source);
            return kinds.TryGetValue(written, out var kind)
                ? kind
                : throw new InputError(At(node!, source), $"unknown {key} '{written}' (one of {string.Join(", ", kinds.Keys)}){DidYouMean.Hint(written, [.. kinds.Keys])}");
        }

        double Parameter(YamlNode? node, string key, bool applies, string appliesTo, double fallback, Func<double, bool> accepts, string what)
        {
            if (node is null)
            {
                return fallback;
            }

            if (!applies)
            {
                throw new InputError(At(node, source), $"'{key}' applies to {appliesTo} only");
            }

            var value = Number(node, source).Value;
            return accepts(value) ? value : throw new InputError(At(node, source), $"'{key}' must be {what}, not {ScalarText(node, source)}");
        }
    }

    /// <summary>The 'aliases' mapping: the derivation's own names for the canonical ones.</summary>
    public static Dictionary<string, string> ReadAliases(YamlNode? node, string source)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return aliases;
        }

        foreach (var (key, value) in Mapping(node, source, "'aliases'").Children)
        {
            var (alias, target) = (ScalarText(key, source), ScalarText(value, source));
            if (!Quantities.FormulaNames.Contains(target))
            {
                throw new InputError(At(value, source), $"'{target}' is not a name of the network{DidYouMean.Hint(target, Quantities.FormulaNames)}");
            }

            if (Quantities.FormulaNames.Contains(alias) || !IsIdentifier(alias))
            {
                throw new InputError(At(key, source), $"'{alias}' cannot be an alias: it must be a new name made of letters, digits and _");
            }

            aliases[alias] = target;
        }

        return aliases;
    }

    private static List<ValueClaim> ReadValues(YamlNode? node, IReadOnlyDictionary<string, string> aliases, string source) =>
        Entries(node, aliases, source, "'values'", Quantities.Claimable, written => $"unknown value '{written}'")
            .Select(e =>
            {
                var (text, number) = Number(e.Value, source);
                return new ValueClaim(e.Name, text, number, At(e.Value, source));
            })
            .ToList();

    private static List<FormulaClaim> ReadFormulas(YamlNode? node, IReadOnlyDictionary<string, string> aliases, string source) =>
        Entries(node, aliases, source, "'formulas'", Quantities.Gradients, written => $"formulas are checked for gradients only; '{written}' is not one")
            .Select(e => Formula(e.Written, e.Name, e.Value, aliases, source))
            .ToList();

    private static FormulaClaim Formula(string written, string name, YamlNode value, IReadOnlyDictionary<string, string> aliases, string source)
    {
        var text = ScalarText(value, source);
        try
        {
            var formula = FormulaParser.Parse(text, n => Quantities.FormulaNames.Contains(Canonical(n, aliases)) ? Canonical(n, aliases) : null);
            return new FormulaClaim(name, text, formula, At(value, source));
        }
        catch (FormulaSyntaxException e)
        {
            // The formula's column counted from the scalar's first character, after its opening quote if any.
            var quoted = value is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? 1 : 0;
            var start = value.Start;
            throw new InputError(new SourcePlace(source, (int)start.Line, (int)start.Column + quoted + e.Column - 1), $"in the formula for {written}: {e.Message}");
        }
    }

    // The entries of a section, each name resolved through the aliases, known, and claimed once.
    private static IEnumerable<(string Written, string Name, YamlNode Value)> Entries(
        YamlNode? node, IReadOnlyDictionary<string, string> aliases, string source, string section,
        IReadOnlyList<string> known, Func<string, string> unknown)
    {
        if (node is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in Mapping(node, source, section).Children)
        {
            var written = ScalarText(key, source);
            var name = Canonical(written, aliases);
            if (!known.Contains(name))
            {
                throw new InputError(At(key, source), unknown(written) + DidYouMean.Hint(written, known));
            }

            if (!seen.Add(name))
            {
                throw new InputError(At(key, source), $"'{written}' is claimed twice in {section}");
            }

            yield return (written, name, value);
        }
    }

    // A value's or formula's name with the derivation's aliases replaced: w5 → w3, dL/dw5 → dL/dw3, updated.w5 → updated.w3.
    public static string Canonical(string written, IReadOnlyDictionary<string, string> aliases)
    {
        foreach (var prefix in new[] { "dL/d", "updated.", "second.", "" })
        {
            if (written.StartsWith(prefix, StringComparison.Ordinal) && aliases.TryGetValue(written[prefix.Length..], out var target))
            {
                return prefix + target;
            }
        }

        return written;
    }

    private static (string Text, double Value) Number(YamlNode node, string source)
    {
        var text = ScalarText(node, source);
        if (node is YamlScalarNode { Style: ScalarStyle.Plain } && YamlSpecialFloats.Contains(text))
        {
            throw new InputError(At(node, source), $"'{text}' is not a finite number");
        }

        if (node is YamlScalarNode { Style: not ScalarStyle.Plain } ||
            !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new InputError(At(node, source), $"'{text}' is not a number");
        }

        if (!double.IsFinite(value))
        {
            throw new InputError(At(node, source), $"'{text}' is not a finite number");
        }

        return (text, value);
    }

    private static void CheckKeys(YamlMappingNode mapping, IReadOnlyList<string> known, string source, string what)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = ScalarText(key, source);
            if (!known.Contains(name))
            {
                throw new InputError(At(key, source), $"unknown key '{name}' in {what}{DidYouMean.Hint(name, known)}");
            }
        }
    }

    public static YamlMappingNode Mapping(YamlNode node, string source, string what) =>
        node as YamlMappingNode ?? throw new InputError(At(node, source), $"{what} must be a mapping of names to values");

    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var k } && k == key).Value;

    public static string ScalarText(YamlNode node, string source) =>
        (node as YamlScalarNode)?.Value ?? throw new InputError(At(node, source), "expected a single value here, not a list or mapping");

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static SourcePlace At(YamlNode node, string source) => YamlGuard.Place(source, node.Start);

}
