namespace SkipNet.Properties.Wide;

/// <summary>How many cases the vectorised properties run on.</summary>
public static class WideCases
{
    /// <summary>
    /// In a mutation run: a tenth of <see cref="PropertyCheckAttribute.Cases"/>, so that the run over the vectorised
    /// code's mutants, each rerunning every property that covers it, takes minutes rather than hours. The mutation score
    /// is measured at this strength; the suite itself runs every property on the full count.
    /// </summary>
    public const int InMutationRuns = 100;
}
