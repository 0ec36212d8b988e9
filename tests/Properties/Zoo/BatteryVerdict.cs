using FsCheck;
using FsCheck.Xunit;
using Microsoft.FSharp.Core;


namespace SkipNet.Properties.Zoo;

/// <summary>What the battery says of one derivation: the first property that falsified it, and where.</summary>
public sealed record BatteryVerdict(string Derivation, string? CaughtBy, string? Counterexample, string? Label)
{
    /// <summary>
    /// Runs every property of the battery on the derivation, in order, each on up to
    /// <see cref="PropertyCheckAttribute.Cases"/> cases from a fixed seed, stopping at the first that fails.
    /// </summary>
    public static BatteryVerdict Of(Derivation derivation, Rnd seed)
    {
        foreach (var (name, property) in GradientBattery.All)
        {
            var runner = new XunitRunner();
            var config = Config.Quick
                .WithMaxTest(PropertyCheckAttribute.Cases)
                .WithMaxRejected(10 * PropertyCheckAttribute.Cases)
                .WithReplay(FSharpOption<Replay>.Some(new Replay(seed, FSharpOption<int>.None)))
                .WithRunner(runner);
            Check.One(config, property(derivation));
            if (runner.Result is TestResult.Failed failed)
            {
                return new BatteryVerdict(
                    derivation.Name,
                    name,
                    string.Join(" ", failed.Item3),
                    failed.Item1.Labels.FirstOrDefault());
            }
        }

        return new BatteryVerdict(derivation.Name, null, null, null);
    }
}
