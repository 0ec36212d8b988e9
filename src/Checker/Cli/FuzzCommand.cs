using System.CommandLine;
using SkipNet.Checker.Fuzz;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;
using Spectre.Console;

namespace SkipNet.Checker.Cli;

/// <summary>
/// <c>skipnet fuzz</c>: a random campaign. The scalar exercise with ReLU and L1 runs the SIMD lanes campaign
/// (<see cref="FuzzCampaign"/>); any other activation, loss or --widths runs the generic one (<see cref="WideFuzzCampaign"/>),
/// which exits 1 when a check falls outside the oracles' tolerance.
/// </summary>
public static class FuzzCommand
{
    /// <summary>The generic campaign's default case count: a wide case costs milliseconds, not nanoseconds.</summary>
    public const int WideDefaultCases = 1_000;

    /// <summary>Cases below which no progress bar is drawn, for each campaign.</summary>
    private const int LanesProgressFrom = 20_000;
    private const int WideProgressFrom = 500;

    public static Command Create(TextWriter output)
    {
        var cases = SkipnetCli.WholeNumber("--cases", 100_000, 100_000_000, "cases to generate");
        cases.Description = $"cases to generate (default 100000 for ReLU and L1 at widths 1,1,1,1; {WideDefaultCases} for any other variant or --widths, each case checking every weight and x entry: in Release on 2 cores about 800 cases/s at widths 1,1,1,1, 75 at 4,4,4,4, 16 at 8,8,8,8)";
        var threads = SkipnetCli.WholeNumber("--threads", Environment.ProcessorCount, 1024, "threads to run on");
        var seed = new Option<ulong>("--seed") { Description = "the campaign's seed", DefaultValueFactory = _ => 1 };
        var format = SkipnetCli.Format("text", "json");
        var oracles = new Option<string>("--oracle") { Description = "the oracles to check against", DefaultValueFactory = _ => "both" };
        oracles.AcceptOnlyFromAmong("both", "exact", "central");
        var widthsOption = WidthsOption.Create("the layer widths of the generated networks (default 1,1,1,1)");
        var variants = new VariantOptions();
        var command = new Command("fuzz", "A random campaign: the analytic gradient against the exact and central-difference oracles.")
        {
            cases, seed, threads, oracles, format, widthsOption,
        };
        variants.AddTo(command);
        command.SetAction(result =>
        {
            var (t, s) = (result.GetValue(threads), result.GetValue(seed));
            var oracle = Enum.Parse<FuzzOracles>(result.GetValue(oracles)!, ignoreCase: true);
            var (variant, widths) = (variants.Variant(result), result.GetValue(widthsOption) ?? Widths.Exercise);
            var lanes = variant == Variant.Exercise && widths == Widths.Exercise;
            var n = lanes || result.GetResult(cases) is { Implicit: false } ? result.GetValue(cases) : WideDefaultCases;
            FuzzResult Run(Action<int>? progress) => lanes
                ? FuzzCampaign.Run(n, s, t, oracle, progress)
                : WideFuzzCampaign.Run(n, s, t, oracle, variant, widths, progress);

            var outcome = Terminal.IsInteractive(output) && n >= (lanes ? LanesProgressFrom : WideProgressFrom)
                ? AnsiConsole.Progress().Start(context =>
                {
                    var task = context.AddTask("fuzzing", maxValue: n);
                    return Run(step => task.Increment(step));
                })
                : Run(null);
            if (result.GetValue(format) == "json")
            {
                output.WriteLine(FuzzReport.Json(outcome, t));
            }
            else
            {
                FuzzReport.WriteText(outcome, t, Terminal.For(output));
            }

            return outcome.Scope is { Mismatches: > 0 } ? (int)ExitCode.MistakesFound : (int)ExitCode.Usable;
        });
        return command;
    }
}
