namespace SkipNet.Reference.Oracles;

/// <summary>
/// The finite-difference stencils the oracles use, by the points they sample around v (in steps h) and the point
/// Math.NET treats as the centre: backward {−1, 0}, forward {0, 1}, central {−1, 0, 1}, five-point {−2, …, 2}.
/// </summary>
public enum Stencil
{
    Backward,
    Forward,
    Central,
    FivePoint,
}
