namespace SkipNet.Reference;

/// <summary>Lists of <see cref="Node"/>s: the graph's inputs, along which a gradient is checked, and every node.</summary>
public static class Nodes
{
    /// <summary>The weights and x, the graph's inputs: what a gradient check and the lanes differentiate along.</summary>
    public static IReadOnlyList<Node> Inputs { get; } = [Node.W0, Node.W1, Node.W2, Node.W3, Node.X];

    /// <summary>Every node, inputs first, in the order of <see cref="Node"/>.</summary>
    public static IReadOnlyList<Node> All { get; } = Enum.GetValues<Node>();
}
