namespace SkipNet.Reference;

/// <summary>The four weights w0..w3; also the shape of a gradient with respect to them.</summary>
public sealed record Parameters(double W0, double W1, double W2, double W3)
{
    /// <summary>The exercise's starting point: every weight 0.5.</summary>
    public static Parameters WorkedExample { get; } = new(0.5, 0.5, 0.5, 0.5);
}
