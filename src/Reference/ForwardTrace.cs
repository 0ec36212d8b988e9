namespace SkipNet.Reference;

/// <summary>Every value the forward pass computes, in order; ŷ = z2 and L = |y − ŷ|.</summary>
public sealed record ForwardTrace<T>(T Z0, T H0, T Z1, T H1, T Z2, T YHat, T Loss);
