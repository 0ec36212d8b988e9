namespace SkipNet.Reference.Variants;

/// <summary>The activations a course puts in the two hidden units.</summary>
public enum ActivationKind
{
    Relu,
    LeakyRelu,
    Tanh,
    Sigmoid,
    Softplus,
    Identity,
}
