using SkipNet.Reference;

namespace SkipNet.Points;

/// <summary>A point's six numbers as a value, for code that makes millions of points and must not allocate.</summary>
public readonly record struct Coordinates(double W0, double W1, double W2, double W3, double X, double Y)
{
    /// <summary>The point's coordinates.</summary>
    public static Coordinates Of(Point point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var (p, s) = (point.Parameters, point.Sample);
        return new Coordinates(p.W0, p.W1, p.W2, p.W3, s.X, s.Y);
    }

    /// <summary>The point these coordinates name.</summary>
    public Point ToPoint() => new(new Parameters(W0, W1, W2, W3), new Sample(X, Y));
}
