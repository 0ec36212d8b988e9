namespace SkipNet.Reference.Variants;

/// <summary>The losses a course puts on the output.</summary>
public enum LossKind
{
    L1,
    Squared,
    Huber,
}
