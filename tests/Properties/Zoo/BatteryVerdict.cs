using FsCheck;
using FsCheck.Xunit;
using Microsoft.FSharp.Core;
using SkipNet.Properties.Wide;

namespace SkipNet.Properties.Zoo;

/// <summary>What a battery says of one derivation: the first property that falsified it, and where.</summary>
public sealed record BatteryVerdict(string Derivation, string? CaughtBy, string? Counterexample, string? Label)
{
    /// <summary>The vectorised <see cref="GradientBattery"/> on a vectorised derivation; see <see cref="Of{T}"/>.</summary>
    public static BatteryVerdict Of(Derivation derivation, Rnd seed)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        return Of(derivation.Name, derivation, GradientBattery.All, seed);
    }

    /// <summary>
    /// Runs every property of the battery on the derivation, in order, each on up to
    /// <see cref="PropertyCheckAttribute.Cases"/> cases from a fixed seed, stopping at the first that fails. A property
    /// that throws fails; its label is then the exception's message.
    /// </summary>
    public static BatteryVerdict Of<T>(string name, T derivation, IEnumerable<(string Name, Func<T, Property> Property)> battery, Rnd seed)
    {
        ArgumentNullException.ThrowIfNull(battery);
        foreach (var (property, check) in battery)
        {
            var runner = new XunitRunner();
            var config = Config.Quick
                .WithMaxTest(PropertyCheckAttribute.Cases)
                .WithMaxRejected(10 * PropertyCheckAttribute.Cases)
                .WithReplay(FSharpOption<Replay>.Some(new Replay(seed, FSharpOption<int>.None)))
                .WithRunner(runner);
            Check.One(config, check(derivation));
            if (runner.Result is TestResult.Failed failed)
            {
                return new BatteryVerdict(
                    name,
                    property,
                    string.Join(" ", failed.Item3),
                    failed.Item1.Labels.FirstOrDefault() ?? (failed.Item4 as Outcome.Failed)?.Item?.Message);
            }
        }

        return new BatteryVerdict(name, null, null, null);
    }
}
