namespace SkipNet.Reference.Oracles;

/// <summary>
/// The slopes of L along one node to the left and to the right of a point. They differ exactly where L has a
/// kink there, and then every value between them is a subgradient.
/// </summary>
public sealed record OneSidedSlopes(double Left, double Right)
{
    /// <summary>The lower end of the interval the slopes span.</summary>
    public double Low => Math.Min(Left, Right);

    /// <summary>The upper end of the interval the slopes span.</summary>
    public double High => Math.Max(Left, Right);

    /// <summary>Whether <paramref name="value"/> lies in [Low − slack, High + slack].</summary>
    public bool Contains(double value, double slack) => value >= Low - slack && value <= High + slack;
}
