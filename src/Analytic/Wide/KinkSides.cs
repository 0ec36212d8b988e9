namespace SkipNet.Analytic.Wide;

/// <summary>
/// The slopes a derivation uses on the kinks of the network: one side for the first hidden layer's units, one for the
/// second's, one for the loss's residuals. Any choice is a legitimate convention for a hand derivation.
/// </summary>
public sealed record KinkSides(KinkSide Z0, KinkSide Z1, KinkSide Residual)
{
    /// <summary>PyTorch's everywhere.</summary>
    public static KinkSides PyTorch { get; } = new(KinkSide.PyTorch, KinkSide.PyTorch, KinkSide.PyTorch);

    /// <summary>
    /// The eight choices of a side per place. With one unit per layer and one output, a gradient is multilinear in the
    /// three slopes, so the values every subgradient gives lie between the smallest and largest over these corners.
    /// </summary>
    public static IReadOnlyList<KinkSides> Corners { get; } =
        (from z0 in new[] { KinkSide.Left, KinkSide.Right }
         from z1 in new[] { KinkSide.Left, KinkSide.Right }
         from residual in new[] { KinkSide.Left, KinkSide.Right }
         select new KinkSides(z0, z1, residual)).ToArray();

    /// <summary>
    /// PyTorch's sides, then the corners over the places that sit on a kink (PyTorch's elsewhere, where every side
    /// gives the same slope): the same gradients as every corner, in fewer backward passes.
    /// </summary>
    public static IReadOnlyList<KinkSides> On(bool z0, bool z1, bool residual)
    {
        KinkSide[] Sides(bool onKink) => onKink ? [KinkSide.Left, KinkSide.Right] : [KinkSide.PyTorch];
        return z0 || z1 || residual
            ? [PyTorch, .. from a in Sides(z0) from b in Sides(z1) from c in Sides(residual) select new KinkSides(a, b, c)]
            : [PyTorch];
    }
}
