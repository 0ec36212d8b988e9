using SkipNet.Reference;

namespace SkipNet.Checker;

/// <summary>What the exercise gives: the weights, the sample and the learning rate α.</summary>
public sealed record Given(Parameters Weights, Sample Sample, double LearningRate)
{
    /// <summary>x = 1, y = 3, every weight 0.5, α = 1.</summary>
    public static Given WorkedExample { get; } = new(Parameters.WorkedExample, Sample.WorkedExample, 1);
}
