using FsCheck.Xunit;


namespace SkipNet.Properties;

/// <summary>
/// An FsCheck property run on <see cref="Cases"/> generated cases. Setting the environment variable
/// <see cref="ReplayVariable"/> to a seed FsCheck printed, e.g. <c>(123,456)</c>, replays every property from it;
/// in a mutation run every property starts from <see cref="MutationRun.Seed"/>.
/// </summary>
public sealed class PropertyCheckAttribute : PropertyAttribute
{
    public const int Cases = 1000;

    public const string ReplayVariable = "SKIPNET_REPLAY";

    /// <summary>
    /// The cases a property runs on in a mutation run, where it runs once per mutant it covers: the vectorised
    /// properties, whose cases cost up to a few hundred forward passes, set it lower than <see cref="Cases"/>.
    /// </summary>
    public int MutationCases
    {
        get => MutationRun.IsActive ? MaxTest : Cases;
        set
        {
            if (MutationRun.IsActive)
            {
                MaxTest = value;
                MaxRejected = 10 * value;
            }
        }
    }

    public PropertyCheckAttribute()
    {
        MaxTest = Cases;
        MaxRejected = 10 * Cases;
        QuietOnSuccess = true;
        var replay = Environment.GetEnvironmentVariable(ReplayVariable);
        if (!string.IsNullOrWhiteSpace(replay))
        {
            Replay = replay;
        }
        else if (MutationRun.IsActive)
        {
            Replay = MutationRun.Seed;
        }
    }
}
