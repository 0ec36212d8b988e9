namespace SkipNet.Checker.Judging;

/// <summary>
/// A derivation's own values, as its steps see them: a given input exactly, a claim as the interval its written
/// precision stands for (or the truth in its place, where the judge says so), and a quantity it never wrote by
/// its own step from these (∂L/∂w0 from its own ∂L/∂h0 through f′(z0) when ∂L/∂z0 is not written). Each value
/// remembers which claims it was worked out from.
/// </summary>
public sealed class OwnWork
{
    private readonly Given given;
    private readonly Func<string, Interval?> claim;
    private readonly Func<string, Interval>? trueBranch;
    private readonly Dictionary<string, (Interval Value, IReadOnlySet<string> From)> worked = new(StringComparer.Ordinal);

    /// <param name="given">The point, the learning rate and the variant.</param>
    /// <param name="claim">A claimed quantity's interval; null where the derivation wrote none.</param>
    /// <param name="trueBranch">Where masks and signs read the true forward values; null: the derivation's own.</param>
    public OwnWork(Given given, Func<string, Interval?> claim, Func<string, Interval>? trueBranch)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(claim);
        this.given = given;
        this.claim = claim;
        this.trueBranch = trueBranch;
    }

    /// <summary>The quantity's own step, applied to the derivation's values, and the claims it used.</summary>
    public (Interval Value, IReadOnlySet<string> From) Step(string name)
    {
        var from = new HashSet<string>(StringComparer.Ordinal);
        Interval Use(string input)
        {
            var (value, inputFrom) = ValueOf(input);
            from.UnionWith(inputFrom);
            return value;
        }

        var value = Steps.Of(name, given, Use, trueBranch ?? Use);
        return (value, from);
    }

    /// <summary>
    /// A quantity's value as the derivation has it, and the claims it came from: a given input exactly, a claim as
    /// itself, the learning rate and a local partial from these, anything else by its own step.
    /// </summary>
    public (Interval Value, IReadOnlySet<string> From) ValueOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (GivenConstants.Of(name, given.Variant, given.LearningRate) is { } constant)
        {
            return (Interval.Point(constant), new HashSet<string>());
        }

        if (LocalPartials.Names.Contains(name))
        {
            var from = new HashSet<string>(StringComparer.Ordinal);
            var partial = LocalPartials.Of(name, given.Variant.Activation, input =>
            {
                var (value, inputFrom) = ValueOf(input);
                from.UnionWith(inputFrom);
                return value;
            });
            return (partial, from);
        }

        if (Given(name) is { } exact)
        {
            return (Interval.Point(exact), new HashSet<string>());
        }

        if (claim(name) is { } claimed)
        {
            return (claimed, new HashSet<string>(StringComparer.Ordinal) { name });
        }

        if (!Quantities.Claimable.Contains(name))
        {
            return (Interval.Point(double.NaN), new HashSet<string>()); // a name with no step: undefined, meets nothing
        }

        if (!worked.TryGetValue(name, out var result))
        {
            result = Step(name);
            worked[name] = result;
        }

        return result;
    }

    private double? Given(string name) => name switch
    {
        "x" => given.Sample.X,
        "y" => given.Sample.Y,
        "w0" => given.Weights.W0,
        "w1" => given.Weights.W1,
        "w2" => given.Weights.W2,
        "w3" => given.Weights.W3,
        _ => null,
    };
}
