using SkipNet.Reference.Variants;

namespace SkipNet.Points.Wide;

/// <summary>The kinks a vectorised point sits on: units with z = 0 under a kinked activation, residuals r = 0 under L1.</summary>
public static class WideKinks
{
    /// <summary>How many kinked scalars are exactly at their kink.</summary>
    public static int Count(WidePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var t = point.Trace;
        var units = point.Variant.Activation.HasKink ? t.Z0.Count(z => z == 0) + t.Z1.Count(z => z == 0) : 0;
        var residuals = point.Variant.Loss.Kind == LossKind.L1 ? (point.Sample.Y - t.YHat).Count(r => r == 0) : 0;
        return units + residuals;
    }
}
