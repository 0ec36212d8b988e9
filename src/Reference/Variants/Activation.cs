namespace SkipNet.Reference.Variants;

/// <summary>
/// The activation f of both hidden units, h = f(z), with its value, its one-sided derivatives and the derivative a
/// backward pass uses. Only ReLU and leaky ReLU have a kink, at z = 0; the others are smooth everywhere.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>ReLU</term><description>f = max(z, 0); f′ = 1 for z &gt; 0, 0 for z &lt; 0; at 0 the slopes are 0 (left) and 1 (right), PyTorch uses 0.</description></item>
/// <item><term>leaky ReLU</term><description>f = z for z &gt; 0, s·z otherwise; at 0 the slopes are s and 1, PyTorch uses s (its backward is z &gt; 0 ? g : s·g).</description></item>
/// <item><term>tanh</term><description>f′ = 1 − tanh²(z), written 1/cosh²(z) so that it keeps its relative accuracy where tanh rounds to ±1.</description></item>
/// <item><term>sigmoid</term><description>σ(z) = 1/(1 + e^−z); σ′ = σ(z)·(1 − σ(z)), written σ(z)·σ(−z) to avoid the cancellation in 1 − σ(z) for large z.</description></item>
/// <item><term>softplus</term><description>f = ln(1 + e^z), evaluated as max(z, 0) + ln(1 + e^−|z|) so that e^z cannot overflow; f′ = σ(z). PyTorch's threshold (f = z for z &gt; 20) is an approximation this reference does not copy.</description></item>
/// <item><term>identity</term><description>f = z, f′ = 1.</description></item>
/// </list>
/// </remarks>
public sealed record Activation
{
    private Activation(ActivationKind kind, double slope)
    {
        Kind = kind;
        Slope = slope;
    }

    /// <summary>Which function this is.</summary>
    public ActivationKind Kind { get; }

    /// <summary>Leaky ReLU's slope s for z &lt; 0; 0 for every other activation.</summary>
    public double Slope { get; }

    /// <summary>max(z, 0), the exercise's.</summary>
    public static Activation Relu { get; } = new(ActivationKind.Relu, 0);

    public static Activation Tanh { get; } = new(ActivationKind.Tanh, 0);

    public static Activation Sigmoid { get; } = new(ActivationKind.Sigmoid, 0);

    public static Activation Softplus { get; } = new(ActivationKind.Softplus, 0);

    public static Activation Identity { get; } = new(ActivationKind.Identity, 0);

    /// <summary>Leaky ReLU's default slope, PyTorch's.</summary>
    public const double DefaultSlope = 0.01;

    /// <summary>Leaky ReLU with slope <paramref name="slope"/> for z &lt; 0: any finite number.</summary>
    public static Activation LeakyRelu(double slope)
    {
        if (!double.IsFinite(slope))
        {
            throw new ArgumentOutOfRangeException(nameof(slope), slope, "the leaky ReLU slope must be finite");
        }

        return new Activation(ActivationKind.LeakyRelu, slope);
    }

    /// <summary>The activation of a kind; <paramref name="slope"/> is used by leaky ReLU only.</summary>
    public static Activation Of(ActivationKind kind, double slope = DefaultSlope) => kind switch
    {
        ActivationKind.Relu => Relu,
        ActivationKind.LeakyRelu => LeakyRelu(slope),
        ActivationKind.Tanh => Tanh,
        ActivationKind.Sigmoid => Sigmoid,
        ActivationKind.Softplus => Softplus,
        ActivationKind.Identity => Identity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an activation"),
    };

    /// <summary>Whether f has a kink (at z = 0): ReLU and leaky ReLU.</summary>
    public bool HasKink => Kind is ActivationKind.Relu or ActivationKind.LeakyRelu;

    /// <summary>The name the command line and the answer sheet use: relu, leaky-relu, tanh, sigmoid, softplus, identity.</summary>
    public string Name => Kind switch
    {
        ActivationKind.LeakyRelu => "leaky-relu",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>f(z).</summary>
    public double Value(double z) => Kind switch
    {
        // Stryker disable once Equality : z ≥ 0 differs only at z = 0, where both branches give 0
        ActivationKind.Relu => z > 0 ? z : 0,
        // Stryker disable once Equality : z ≥ 0 differs only at z = 0, where both branches give a zero (s·0)
        ActivationKind.LeakyRelu => z > 0 ? z : Slope * z,
        ActivationKind.Tanh => Math.Tanh(z),
        ActivationKind.Sigmoid => Logistic(z),
        ActivationKind.Softplus => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))),
        _ => z,
    };

    /// <summary>The slope of f just left of z: f′(z) where f is differentiable; at ReLU's kink 0, at leaky ReLU's s.</summary>
    public double LeftDerivative(double z) => Kind switch
    {
        ActivationKind.Relu or ActivationKind.LeakyRelu => z > 0 ? 1 : Slope,
        ActivationKind.Tanh => 1 / (Math.Cosh(z) * Math.Cosh(z)),
        ActivationKind.Sigmoid => Logistic(z) * Logistic(-z),
        ActivationKind.Softplus => Logistic(z),
        _ => 1,
    };

    /// <summary>The slope of f just right of z: 1 at the kink z = 0, the left slope everywhere else.</summary>
    public double RightDerivative(double z) => HasKink && z == 0 ? 1 : LeftDerivative(z);

    /// <summary>f′(z) as PyTorch's backward computes it: at the kink z = 0, the left slope (0 for ReLU, s for leaky ReLU).</summary>
    public double Derivative(double z) => LeftDerivative(z);

    // σ(z) = 1/(1 + e^−z); for z → −∞, e^−z overflows to ∞ and σ to 0, as it should.
    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));
}
