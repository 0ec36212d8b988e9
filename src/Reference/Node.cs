namespace SkipNet.Reference;

/// <summary>
/// A value in the network's computation graph that a derivative can be taken with respect to:
/// the inputs (weights and x) and every intermediate value.
/// </summary>
/// <remarks>
/// h0 is used twice, by the main path (z1 = w1·h0) and by the skip connection (z2 = … + w3·h0).
/// <see cref="H0"/> is h0 itself (both uses); <see cref="H0Main"/> and <see cref="H0Skip"/> are one use each,
/// so that ∂L/∂h0 = ∂L/∂h0Main + ∂L/∂h0Skip can be checked path by path.
/// </remarks>
public enum Node
{
    W0,
    W1,
    W2,
    W3,
    X,
    Z0,
    H0,
    H0Main,
    H0Skip,
    Z1,
    H1,
    Z2,
    YHat,
}
