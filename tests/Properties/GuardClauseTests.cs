using System.Reflection;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties;

/// <summary>
/// The public functions of src/Reference and src/Analytic refuse what they cannot compute by the argument's name, with a
/// message saying what is wrong, never with a NullReferenceException later. Null arguments: one test over the whole
/// public surface, found by reflection, so that a new function without its guard fails here. Impossible values
/// (unknown nodes, widths below 1, misfitting matrices, empty batches, impossible steps and rates): one test each.
/// </summary>
public sealed class GuardClauseTests
{
    private static readonly Parameters P = Parameters.WorkedExample;
    private static readonly WeightMatrices W = WeightMatrices.FromScalars(P);
    private static readonly VectorSample S = VectorSample.FromScalars(Sample.WorkedExample);
    private static readonly Variant V = Variant.Exercise;

    /// <summary>A usable value of each parameter type the public surface takes.</summary>
    private static readonly Dictionary<Type, object> Usable = new()
    {
        [typeof(Parameters)] = P,
        [typeof(Sample)] = Sample.WorkedExample,
        [typeof(WeightMatrices)] = W,
        [typeof(VectorSample)] = S,
        [typeof(Variant)] = Variant.Exercise,
        [typeof(Activation)] = Activation.Relu,
        [typeof(LossFunction)] = LossFunction.L1,
        [typeof(Widths)] = Widths.Exercise,
        [typeof(KinkSides)] = KinkSides.PyTorch,
        [typeof(FiniteDifference)] = new FiniteDifference(1, 1e-6, 0),
        [typeof(OneSidedSlopes)] = new OneSidedSlopes(0, 1),
        [typeof(Matrix<double>)] = Matrix<double>.Build.Dense(1, 1, 0.5),
        [typeof(Vector<double>)] = Vector<double>.Build.Dense(1, 0.5),
        [typeof(IReadOnlyList<VectorSample>)] = new[] { S },
        [typeof(IReadOnlyList<double>)] = new[] { 1.0 },
        [typeof(Node)] = Node.W0,
        [typeof(Entry)] = new Entry(Node.W0, 0),
        [typeof(EntryProbe)] = new EntryProbe(new Entry(Node.W0, 0), 0.5, 0),
        [typeof(Stencil)] = Stencil.Central,
        [typeof(Probe<double>)] = Probe<double>.None,
        [typeof(WideTrace)] = WideNetwork.Forward(W, S, Variant.Exercise),
        [typeof(WideGradients)] = Backprop.Of(W, S, Variant.Exercise),
        [typeof(Gradients)] = WidthOne.Backward(P, Sample.WorkedExample),
        [typeof(PathFactors)] = PathFactors.OneSided(WideNetwork.Forward(W, S, Variant.Exercise), S, Variant.Exercise),
        [typeof(Func<double, double>)] = new Func<double, double>(v => v),
        [typeof(double)] = 1.0,
        [typeof(int)] = 1,
    };

    [Fact]
    public void EveryPublicMember_NullArgument_IsRefusedByName()
    {
        var failures = Guarded().SelectMany(member => member.Parameters.Where(IsReference).Select(p => Check(member, p))).OfType<string>().ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The surface the test reaches, counted exactly, so that a member it cannot call is noticed, not skipped. The one
    /// it cannot: a span cannot be passed by reflection (BatchGradient.MeanOf's guard is asserted directly below).
    /// </summary>
    [Fact]
    public void EveryPublicMember_WithAReferenceParameter_IsReached()
    {
        var withReference = Candidates().Where(m => m.Parameters.Any(IsReference)).ToList();
        Assert.Equal(["BatchGradient.MeanOf"], withReference.Where(m => !m.Parameters.All(CanSupply)).Select(m => m.Name));
        var reached = withReference.Where(m => m.Parameters.All(CanSupply)).Select(m => m.Name).ToList();
        Assert.Equal(51, reached.Count);
        Assert.Contains("new WeightMatrices", reached); // hand-written constructors are reached; positional ones hold values
        Assert.Contains("new VectorSample", reached);
    }

    [Fact]
    public void BatchGradient_NullParameters_IsRefusedByName() =>
        Assert.Throws<ArgumentNullException>("parameters", () => BatchGradient.MeanOf(null!, [1.0], [1.0]));

    [Fact]
    public void ValueAt_UnknownNode_IsNamed()
    {
        Assert.Contains("not a node of the network", Assert.Throws<ArgumentOutOfRangeException>("node", () => Network.ValueAt((Node)99, P, Sample.WorkedExample)).Message);
        Assert.Contains("not an entry of the network", Assert.Throws<ArgumentOutOfRangeException>("entry", () => WideNetwork.ValueAt(new Entry((Node)99, 0), W, S, V)).Message);
    }

    [Fact]
    public void GradientFor_UnknownNode_IsNamed()
    {
        Assert.Contains("not a node of the network", Assert.Throws<ArgumentOutOfRangeException>("node", () => WidthOne.Backward(P, Sample.WorkedExample).For((Node)99)).Message);
        Assert.Contains("not an entry of the network", Assert.Throws<ArgumentOutOfRangeException>("entry", () => Backprop.Of(W, S, V).For(new Entry((Node)99, 0))).Message);
    }

    [Fact]
    public void MeanGradient_MismatchedOrEmptyBatch_IsNamed()
    {
        Assert.Contains("2 inputs x but 1 targets y", Assert.Throws<ArgumentException>("ys", () => BatchGradient.MeanOf(P, [1.0, 2.0], [1.0])).Message);
        Assert.Contains("the mean over no samples is undefined", Assert.Throws<ArgumentException>("xs", () => BatchGradient.MeanOf(P, [], [])).Message);
        Assert.Contains("a batch needs at least one sample", Assert.Throws<ArgumentException>("samples", () => WideNetwork.MeanLoss(W, [], V)).Message);
        Assert.Contains("a batch needs at least one sample", Assert.Throws<ArgumentException>("samples", () => WideBatchGradient.MeanOf(W, [], V)).Message);
    }

    [Fact]
    public void Lanes_NodeThatIsNotAnInput_IsNamed()
    {
        var at = LaneProperties.Lanes(Enumerable.Repeat(Points.Point.WorkedExample, System.Numerics.Vector<double>.Count).ToList());
        foreach (var node in new[] { Node.Z0, Node.H0, Node.YHat })
        {
            Assert.Contains("w0..w3 and x only", Assert.Throws<ArgumentOutOfRangeException>("node", () => at.ValueOf(node)).Message);
            Assert.Contains("w0..w3 and x only", Assert.Throws<ArgumentOutOfRangeException>("node", () => at.With(node, at.X)).Message);
            Assert.Throws<ArgumentOutOfRangeException>("node", () => ExactSlopeLanes.Slopes(node, at));
            Assert.Throws<ArgumentOutOfRangeException>("node", () => DifferenceLanes.Of(node, at));
            var gradients = BackpropLanes.Of(at.W0, at.W1, at.W2, at.W3, at.X, at.Y);
            Assert.Contains("w0..w3 and x only", Assert.Throws<ArgumentOutOfRangeException>("node", () => gradients.For(node)).Message);
        }
    }

    [Fact]
    public void StencilWeights_UnknownStencil_IsNamed() =>
        Assert.Throws<ArgumentOutOfRangeException>("stencil", () => StencilWeights.For((Stencil)99));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LeakyRelu_NonFiniteSlope_IsRefused(double slope) =>
        Assert.Contains("must be finite", Assert.Throws<ArgumentOutOfRangeException>("slope", () => Activation.LeakyRelu(slope)).Message);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Huber_NonPositiveOrNonFiniteDelta_IsRefused(double delta) =>
        Assert.Contains("positive finite", Assert.Throws<ArgumentOutOfRangeException>("delta", () => LossFunction.Huber(delta)).Message);

    [Fact]
    public void UnknownKinds_AreRefused()
    {
        Assert.Contains("not an activation", Assert.Throws<ArgumentOutOfRangeException>("kind", () => Activation.Of((ActivationKind)99)).Message);
        Assert.Contains("not a loss", Assert.Throws<ArgumentOutOfRangeException>("kind", () => LossFunction.Of((LossKind)99)).Message);
    }

    [Fact]
    public void Widths_BelowOne_AreRefusedByName()
    {
        Assert.Throws<ArgumentOutOfRangeException>("n", () => new Widths(0, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("a", () => new Widths(1, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("b", () => new Widths(1, 1, -1, 1));
        Assert.Contains("a layer width must be at least 1", Assert.Throws<ArgumentOutOfRangeException>("m", () => new Widths(1, 1, 1, 0)).Message);
        Assert.Equal("2,3,4,5", new Widths(2, 3, 4, 5).ToString());
    }

    [Fact]
    public void WeightMatrices_ThatDoNotFit_AreRefusedByName()
    {
        var (one, two) = (Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(2, 1));
        Assert.Contains("w1 is 1×2, the other weights make it 1×1", Assert.Throws<ArgumentException>("w1", () => new WeightMatrices(one, two.Transpose(), one, one)).Message);
        Assert.Throws<ArgumentException>("w2", () => new WeightMatrices(one, one, two.Transpose(), one));
        Assert.Throws<ArgumentException>("w3", () => new WeightMatrices(one, one, one, two));
        Assert.Contains("not a weight", Assert.Throws<ArgumentOutOfRangeException>("node", () => W.Of(Node.X)).Message);
        var wider = new WeightMatrices(two, Matrix<double>.Build.Dense(1, 2), one, Matrix<double>.Build.Dense(1, 2));
        Assert.Equal("widths 1,2,1,1 are not the exercise's 1,1,1,1", Assert.Throws<InvalidOperationException>(wider.ToScalars).Message);
    }

    [Fact]
    public void Forward_MisfittingSample_IsRefusedByName()
    {
        var wide = new VectorSample(Vector<double>.Build.Dense(2), S.Y);
        Assert.StartsWith("the sample has x ∈ R^2, y ∈ R^1; the weights need R^1 and R^1", Assert.Throws<ArgumentException>("sample", () => WideNetwork.Forward(W, wide, V)).Message);
    }

    [Fact]
    public void SgdStep_ImpossibleArguments_AreRefusedByName()
    {
        Assert.Contains("the learning rate must be finite", Assert.Throws<ArgumentOutOfRangeException>("learningRate", () => WideSgd.Step(W, W, double.NaN)).Message);
        var wider = new WeightMatrices(Matrix<double>.Build.Dense(2, 1), Matrix<double>.Build.Dense(1, 2), Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(1, 2));
        Assert.Contains("the gradient has widths 1,2,1,1, the weights 1,1,1,1", Assert.Throws<ArgumentException>("gradient", () => WideSgd.Step(W, wider, 1)).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1e-6)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Difference_ImpossibleStep_IsRefused(double step)
    {
        Assert.Contains("the step must be a positive finite number",
            Assert.Throws<ArgumentOutOfRangeException>("step", () => EntryDifference.Of(new Entry(Node.W0, 0), W, S, V, Stencil.Central, step)).Message);
    }

    private static string? Check(Callable member, ParameterInfo nulled)
    {
        var arguments = member.Parameters.Select(p => p == nulled ? null : Supply(p)).ToArray();
        try
        {
            var result = member.Invoke(arguments);
            // A function returned unguarded would fail only when called: it must have refused already.
            return $"{member.Name}: null {nulled.Name} accepted{(result is Delegate ? " (a function was returned)" : "")}";
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException refused)
        {
            return refused.ParamName == nulled.Name ? null : $"{member.Name}: null {nulled.Name} refused as '{refused.ParamName}'";
        }
        catch (TargetInvocationException e)
        {
            return $"{member.Name}: null {nulled.Name} gave {e.InnerException?.GetType().Name}";
        }
    }

    private static bool IsReference(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && !parameter.IsOut && new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.NotNull;

    private static IEnumerable<Callable> Guarded() => Candidates().Where(m => m.Parameters.All(CanSupply));

    // An optional (Nullable<T>) argument is left out: null.
    private static bool CanSupply(ParameterInfo parameter) =>
        Usable.ContainsKey(parameter.ParameterType) || Nullable.GetUnderlyingType(parameter.ParameterType) is not null;

    private static object? Supply(ParameterInfo parameter) => Usable.GetValueOrDefault(parameter.ParameterType);

    // Public static and instance methods and hand-written constructors of the two assemblies; a positional record's
    // generated members (constructor, Equals, Deconstruct, <Clone>$) hold values, they do not compute.
    private static IEnumerable<Callable> Candidates()
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var types = typeof(Network).Assembly.GetExportedTypes().Concat(typeof(Backprop).Assembly.GetExportedTypes())
            .Where(t => !t.IsGenericTypeDefinition && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t));
        foreach (var type in types)
        {
            var positional = type.GetMethod("Deconstruct") is { } deconstruct ? deconstruct.GetParameters().Length : -1;
            foreach (var method in type.GetMethods(declared).Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !IsGenerated(m)))
            {
                var target = method.IsStatic ? null : Instance(type);
                if (method.IsStatic || target is not null)
                {
                    yield return new Callable($"{type.Name}.{method.Name}", method.GetParameters(), args => method.Invoke(target, args));
                }
            }

            foreach (var constructor in type.GetConstructors().Where(c => c.GetParameters().Length != positional))
            {
                yield return new Callable($"new {type.Name}", constructor.GetParameters(), constructor.Invoke);
            }
        }
    }

    private static bool IsGenerated(MethodInfo method) =>
        method.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "PrintMembers";

    private static object? Instance(Type type) => Usable.TryGetValue(type, out var value) ? value : null;

    private sealed record Callable(string Name, ParameterInfo[] Parameters, Func<object?[], object?> Invoke);
}
