namespace SkipNet.Reference.Wide;

/// <summary>
/// Sets one entry of the forward pass to <see cref="Value"/> + <see cref="Tangent"/>·ε, the rest of the graph computing
/// from it. Tangent 0 moves the entry (a finite difference samples L so); value unchanged and tangent ±1 carries
/// dL/d(entry) forward (the exact oracle).
/// </summary>
public readonly record struct EntryProbe(Entry Entry, double Value, double Tangent);
