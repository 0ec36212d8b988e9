using SkipNet.Reference;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker;

/// <summary>What the exercise gives: the weights, the sample, the learning rate α, and the network's activation and loss.</summary>
public sealed record Given(Parameters Weights, Sample Sample, double LearningRate)
{
    /// <summary>x = 1, y = 3, every weight 0.5, α = 1.</summary>
    public static Given WorkedExample { get; } = new(Parameters.WorkedExample, Sample.WorkedExample, 1);

    /// <summary>The activation and loss; the exercise's ReLU and L1 unless a course says otherwise.</summary>
    public Variant Variant { get; init; } = Variant.Exercise;
}
