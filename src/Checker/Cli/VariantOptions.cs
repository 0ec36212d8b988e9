using System.CommandLine;
using System.CommandLine.Parsing;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Cli;

/// <summary>
/// The options that name the network's variant: --activation (default relu) with --slope for leaky-relu, and --loss
/// (default l1) with --delta for huber. A --slope or --delta written for a function that has no such parameter is
/// refused rather than ignored.
/// </summary>
public sealed class VariantOptions
{
    private static readonly IReadOnlyDictionary<string, ActivationKind> Activations =
        Enum.GetValues<ActivationKind>().ToDictionary(kind => Activation.Of(kind).Name);

    private static readonly IReadOnlyDictionary<string, LossKind> Losses =
        Enum.GetValues<LossKind>().ToDictionary(kind => LossFunction.Of(kind).Name);

    private readonly Option<string> activation = Named("--activation", "the hidden units' activation", Activation.Relu.Name, Activations.Keys);
    private readonly Option<double> slope = PointOptions.Number("--slope", Activation.DefaultSlope, "leaky ReLU's slope for z < 0, with --activation leaky-relu");
    private readonly Option<string> loss = Named("--loss", "the loss of y − ŷ", LossFunction.L1.Name, Losses.Keys);
    private readonly Option<double> delta = PointOptions.PositiveNumber("--delta", LossFunction.DefaultDelta, "Huber's δ, with --loss huber");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { activation, slope, loss, delta })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            Refuse(result, slope, activation, Activation.Relu.Name, Activation.LeakyRelu(Activation.DefaultSlope).Name);
            Refuse(result, delta, loss, LossFunction.L1.Name, LossFunction.Huber(LossFunction.DefaultDelta).Name);
        });
    }

    /// <summary>The variant the options name.</summary>
    public Variant Variant(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Variant(
            Activation.Of(Activations[result.GetValue(activation)!], result.GetValue(slope)),
            LossFunction.Of(Losses[result.GetValue(loss)!], result.GetValue(delta)));
    }

    /// <summary>Whether any of the four was written on the command line.</summary>
    public bool AnyWritten(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Option[] { activation, slope, loss, delta }.Any(option => result.GetResult(option) is { Implicit: false });
    }

    // A parameter written for a function that does not take it: "--slope applies to --activation leaky-relu only, not tanh".
    // The function's name is read as written, so that a name the option refuses is reported once, by that option.
    private static void Refuse(CommandResult result, Option<double> parameter, Option<string> function, string fallback, string takesIt)
    {
        var chosen = result.GetResult(function)?.Tokens.LastOrDefault()?.Value ?? fallback;
        if (result.GetResult(parameter) is { Implicit: false } && chosen != takesIt)
        {
            result.AddError($"{parameter.Name} applies to {function.Name} {takesIt} only, not {chosen}");
        }
    }

    private static Option<string> Named(string name, string description, string fallback, IEnumerable<string> names)
    {
        var option = new Option<string>(name) { Description = $"{description} (default {fallback})", DefaultValueFactory = _ => fallback };
        option.AcceptOnlyFromAmong([.. names]);
        return option;
    }
}
