namespace SkipNet.Analytic.Wide;

/// <summary>Which slope a derivation uses where its function sits exactly on a kink.</summary>
public enum KinkSide
{
    /// <summary>PyTorch's: ReLU′(0) = 0, leaky ReLU′(0) = s, sign(0) = 0.</summary>
    PyTorch,

    /// <summary>The slope just left of the kink.</summary>
    Left,

    /// <summary>The slope just right of the kink.</summary>
    Right,
}
