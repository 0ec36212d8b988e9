namespace SkipNet.Reference.Variants;

/// <summary>
/// The loss ℓ(r) of one output, as a function of the residual r = y − ŷ; a network's loss is the sum over its outputs.
/// ∂ℓ/∂ŷ = −ℓ′(r). Only L1 has a kink, at r = 0.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>L1</term><description>ℓ = |r|; ℓ′ = sign(r); at 0 the slopes are −1 (left) and 1 (right), PyTorch uses 0.</description></item>
/// <item><term>squared</term><description>ℓ = r² (no ½, as the exercise's course writes it); ℓ′ = 2r.</description></item>
/// <item><term>Huber</term><description>ℓ = r²/2 for |r| ≤ δ, δ(|r| − δ/2) beyond; ℓ′ = r clamped to [−δ, δ]. Not a kink at |r| = δ:
/// both pieces have slope ±δ there, so ℓ′ is continuous; only ℓ″ jumps (1 inside, 0 outside). A central difference whose
/// stencil straddles the seam is off by up to h·|ℓ″ jump|/2, so the finite-difference oracles treat |r| = δ as a piece
/// boundary even though the derivative exists.</description></item>
/// </list>
/// </remarks>
public sealed record LossFunction
{
    private LossFunction(LossKind kind, double delta)
    {
        Kind = kind;
        Delta = delta;
    }

    public LossKind Kind { get; }

    /// <summary>Huber's δ; 0 for the other losses.</summary>
    public double Delta { get; }

    /// <summary>|r|, the exercise's.</summary>
    public static LossFunction L1 { get; } = new(LossKind.L1, 0);

    /// <summary>r².</summary>
    public static LossFunction Squared { get; } = new(LossKind.Squared, 0);

    /// <summary>Huber's default δ, PyTorch's.</summary>
    public const double DefaultDelta = 1;

    /// <summary>Huber with threshold <paramref name="delta"/>: a positive finite number.</summary>
    public static LossFunction Huber(double delta)
    {
        if (!(delta > 0 && double.IsFinite(delta)))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "Huber's delta must be a positive finite number");
        }

        return new LossFunction(LossKind.Huber, delta);
    }

    /// <summary>The loss of a kind; <paramref name="delta"/> is used by Huber only.</summary>
    public static LossFunction Of(LossKind kind, double delta = DefaultDelta) => kind switch
    {
        LossKind.L1 => L1,
        LossKind.Squared => Squared,
        LossKind.Huber => Huber(delta),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a loss"),
    };

    /// <summary>Whether ℓ has a kink (at r = 0): L1 only.</summary>
    public bool HasKink => Kind == LossKind.L1;

    /// <summary>The name the command line and the answer sheet use: l1, squared, huber.</summary>
    public string Name => Kind.ToString().ToLowerInvariant();

    /// <summary>ℓ(r).</summary>
    public double Value(double r) => Kind switch
    {
        LossKind.L1 => Math.Abs(r),
        LossKind.Squared => r * r,
        // Stryker disable once Equality : |r| < δ differs only at |r| = δ, where both pieces give δ²/2
        _ => Math.Abs(r) <= Delta ? r * r / 2 : Delta * (Math.Abs(r) - Delta / 2),
    };

    /// <summary>The slope of ℓ just left of r: ℓ′(r) where ℓ is differentiable.</summary>
    public double LeftDerivative(double r) => HasKink && r == 0 ? -1 : SmoothDerivative(r);

    /// <summary>The slope of ℓ just right of r: ℓ′(r) where ℓ is differentiable.</summary>
    public double RightDerivative(double r) => HasKink && r == 0 ? 1 : SmoothDerivative(r);

    /// <summary>ℓ′(r) as PyTorch's backward computes it: at L1's kink r = 0, sign(0) = 0.</summary>
    public double Derivative(double r) => SmoothDerivative(r);

    // ℓ′ off the kink; L1's sign(r) is 0 at r = 0, PyTorch's choice, and NaN at NaN (Math.Sign would throw).
    private double SmoothDerivative(double r) => Kind switch
    {
        LossKind.L1 => double.IsNaN(r) ? r : Math.Sign(r),
        LossKind.Squared => 2 * r,
        _ => Math.Clamp(r, -Delta, Delta),
    };
}
