namespace SkipNet.Reference;

/// <summary>One training example: the input x and the target y.</summary>
public sealed record Sample(double X, double Y)
{
    /// <summary>The exercise's sample: x = 1, y = 3.</summary>
    public static Sample WorkedExample { get; } = new(1, 3);
}
