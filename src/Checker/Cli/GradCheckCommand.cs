using System.CommandLine;
using System.Globalization;
using FsCheck.Fluent;
using SkipNet.Checker.GradCheck;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Solve;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Cli;

/// <summary>
/// <c>skipnet gradcheck</c>: the analytic gradient against every oracle at a point. The exercise (ReLU, L1) through the
/// scalar code; another activation or loss through the vectorised model at widths 1,1,1,1, in the same table; with
/// --widths, at a point of those widths drawn from --seed, every weight entry and every entry of x.
/// </summary>
public static class GradCheckCommand
{
    private const string Place = "skipnet gradcheck";

    public static Command Create(TextWriter output)
    {
        var point = new PointOptions();
        var variants = new VariantOptions();
        var widthsOption = WidthsOption.Create("check the network with these layer widths at a point drawn from --seed, every weight and x entry");
        var seed = new Option<ulong>("--seed") { Description = "with --widths: the seed the point is drawn from (default 1)", DefaultValueFactory = _ => 1 };
        var step = new Option<double?>("--h")
        {
            Description = "the finite-difference step (default: ∛ε·(1 + |v|) for each variable)",
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && h > 0 && double.IsFinite(h))
                {
                    return h;
                }

                r.AddError($"--h must be a positive finite number, not '{text}'");
                return null;
            },
        };
        var sweep = new Option<bool>("--sweep") { Description = "sweep h from 1e-1 to 1e-16 and show each method's error (ReLU and L1 at widths 1,1,1,1 only)" };
        var of = new Option<string>("--of") { Description = "the variable the sweep differentiates by", DefaultValueFactory = _ => "w0" };
        of.AcceptOnlyFromAmong("w0", "w1", "w2", "w3", "x");
        var plot = new Option<string?>("--plot") { Description = "with --sweep: draw the chart to FILE.png or FILE.svg" };
        plot.Validators.Add(r =>
        {
            var path = r.GetValueOrDefault<string?>() ?? "";
            if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                r.AddError($"--plot must name a .png or .svg file, not '{path}'");
            }
        });
        var format = SkipnetCli.Format("text", "json");
        var command = new Command("gradcheck", "Check the analytic gradient against every oracle at a point; exit 1 on a mismatch.")
        {
            step, sweep, of, plot, format, widthsOption, seed,
        };
        point.AddTo(command);
        variants.AddTo(command);
        command.SetAction(result =>
        {
            var variant = variants.Variant(result);
            var json = result.GetValue(format) == "json";
            var sweeping = result.GetValue(sweep) || result.GetValue(plot) is not null;
            if (result.GetValue(widthsOption) is { } widths)
            {
                if (point.Written(result) is [var first, ..])
                {
                    throw new InputError(new SourcePlace(Place, 0, 0), $"{first} names a scalar point; with --widths the point is drawn from --seed");
                }

                Refuse(sweeping, "--sweep and --plot check the exercise at widths 1,1,1,1 only, not --widths");
                return Wide(widths, variant, result.GetValue(seed), result.GetValue(step), json, output);
            }

            if (result.GetResult(seed) is { Implicit: false })
            {
                throw new InputError(new SourcePlace(Place, 0, 0), "--seed draws the point for --widths only; without it the point is --x --y --w0..--w3");
            }

            var (p, s) = (point.Weights(result), point.Sample(result));
            if (AnswerSheet.For(new Given(p, s, 1) { Variant = variant }).FirstNonFinite() is { } overflowed)
            {
                throw new InputError(new SourcePlace(Place, 0, 0), $"these numbers overflow double: {overflowed} is not finite");
            }

            if (sweeping)
            {
                Refuse(variant != Variant.Exercise, "--sweep and --plot check ReLU and L1 only, not --activation or --loss");
                return Sweep(Enum.Parse<Node>(result.GetValue(of)!, ignoreCase: true), p, s, result.GetValue(plot), json, output);
            }

            var rows = variant == Variant.Exercise
                ? GradientCheck.At(p, s, result.GetValue(step))
                : EntryCheck.At(WeightMatrices.FromScalars(p), VectorSample.FromScalars(s), variant, result.GetValue(step)).Select(WideGradCheckReport.Scalar).ToArray();
            if (json)
            {
                output.WriteLine(GradCheckReport.Json(rows, p, s, variant));
            }
            else
            {
                GradCheckReport.WriteText(rows, p, s, Terminal.For(output), variant);
            }

            return rows.Any(r => r.Verdict == CheckVerdict.Mismatch) ? (int)ExitCode.MistakesFound : (int)ExitCode.Usable;
        });
        return command;
    }

    /// <summary>The point of the given widths and variant that <paramref name="seed"/> draws: the first sample of <see cref="WideGenerators.PointOf"/>.</summary>
    public static WidePoint PointOf(Variant variant, Widths widths, ulong seed) =>
        Gen.Sample(WideGenerators.PointOf(variant, widths), 1, SeededRnd.For(seed), 100)[0];

    private static int Wide(Widths widths, Variant variant, ulong seed, double? step, bool json, TextWriter output)
    {
        var point = PointOf(variant, widths, seed);
        var rows = EntryCheck.At(point.Weights, point.Sample, variant, step);
        if (json)
        {
            output.WriteLine(WideGradCheckReport.Json(rows, point, seed));
        }
        else
        {
            WideGradCheckReport.WriteText(rows, point, seed, Terminal.For(output));
        }

        return rows.Any(r => r.Verdict == CheckVerdict.Mismatch) ? (int)ExitCode.MistakesFound : (int)ExitCode.Usable;
    }

    private static int Sweep(Node node, Parameters p, Sample s, string? plot, bool json, TextWriter output)
    {
        var steps = StepSweep.Of(node, p, s);
        if (plot is not null)
        {
            try
            {
                SweepReport.Plot(steps, plot);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputError(new SourcePlace(plot, 0, 0), $"cannot write the plot: {e.Message}");
            }
        }

        if (json)
        {
            output.WriteLine(SweepReport.Json(steps));
        }
        else
        {
            SweepReport.WriteText(steps, Terminal.For(output));
        }

        return (int)ExitCode.Usable;
    }

    private static void Refuse(bool refused, string why)
    {
        if (refused)
        {
            throw new InputError(new SourcePlace(Place, 0, 0), why);
        }
    }
}
