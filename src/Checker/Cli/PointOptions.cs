using System.CommandLine;
using System.Globalization;
using SkipNet.Reference;

namespace SkipNet.Checker.Cli;

/// <summary>The options that name a point, --x --y --w0 --w1 --w2 --w3, defaulting to the worked example.</summary>
public sealed class PointOptions
{
    private readonly Option<double> x = Number("--x", 1, "the input x");
    private readonly Option<double> y = Number("--y", 3, "the target y");
    private readonly Option<double> w0 = Number("--w0", 0.5, "the weight w0");
    private readonly Option<double> w1 = Number("--w1", 0.5, "the weight w1");
    private readonly Option<double> w2 = Number("--w2", 0.5, "the weight w2");
    private readonly Option<double> w3 = Number("--w3", 0.5, "the skip weight w3");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The options written on the command line (not left at their defaults), by name: "--x", "--w0".</summary>
    public IReadOnlyList<string> Written(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return All.Where(option => result.GetResult(option) is { Implicit: false }).Select(option => option.Name).ToArray();
    }

    private Option<double>[] All => [x, y, w0, w1, w2, w3];

    public Parameters Weights(ParseResult result) =>
        new(result.GetValue(w0), result.GetValue(w1), result.GetValue(w2), result.GetValue(w3));

    public Sample Sample(ParseResult result) => new(result.GetValue(x), result.GetValue(y));

    /// <summary>A finite number option, refused with one line otherwise.</summary>
    public static Option<double> Number(string name, double fallback, string description) =>
        Number(name, fallback, description, _ => true, "a finite number");

    /// <summary>A positive finite number option, refused with one line otherwise.</summary>
    public static Option<double> PositiveNumber(string name, double fallback, string description) =>
        Number(name, fallback, description, value => value > 0, "a positive finite number");

    private static Option<double> Number(string name, double fallback, string description, Func<double, bool> accepts, string what) =>
        new(name)
        {
            Description = $"{description} (default {Numbers.Format(fallback)})",
            DefaultValueFactory = _ => fallback,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && accepts(value))
                {
                    return value;
                }

                r.AddError($"{name} must be {what}, not '{text}'");
                return 0;
            },
        };
}
