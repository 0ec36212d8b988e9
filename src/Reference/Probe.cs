namespace SkipNet.Reference;

/// <summary>
/// Replaces the value of one node of the forward pass by <see cref="Value"/>, leaving the rest of the graph to
/// compute from it. L as a function of that value is what ∂L/∂node differentiates.
/// </summary>
public readonly record struct Probe<T>(Node? Target, T Value)
{
    /// <summary>A probe that replaces nothing: the plain forward pass.</summary>
    public static Probe<T> None => new(null, default!);
}
