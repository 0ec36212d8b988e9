namespace SkipNet.Properties;

/// <summary>
/// Whether the code under test is a Stryker.NET mutant build: Stryker injects a <c>MutantControl</c> class into
/// every assembly it mutates. During a mutation run every property starts from <see cref="Seed"/>, so each mutant
/// meets the same cases and the score is the same on every run.
/// </summary>
public static class MutationRun
{
    /// <summary>FsCheck's (seed, gamma); gamma odd, as its SplitMix generator wants.</summary>
    public const string Seed = "(20261126,1013904243)";

    /// <summary>
    /// The cases of a property of the model in a mutation run: a tenth of <see cref="PropertyCheckAttribute.Cases"/>,
    /// as each of the model's mutants reruns every property that covers it (minutes rather than hours). The score is
    /// measured at this strength; the suite itself runs every property on the full count.
    /// </summary>
    public const int ModelCases = 100;

    public static bool IsActive { get; } =
        new[] { typeof(SkipNet.Reference.Network).Assembly, typeof(SkipNet.Analytic.Backprop).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Any(type => type.Name == "MutantControl");
}
