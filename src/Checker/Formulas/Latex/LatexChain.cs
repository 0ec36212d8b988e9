namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Sides joined by relations, e.g. <c>z_1 = h_0 w_1 = 0.25</c>. <see cref="Relations"/>[i] stands before
/// <see cref="Sides"/>[i + 1]; a chain that <see cref="Continues"/> the previous one (its text began with a relation,
/// as in <c>= -0.25</c>) has one relation more, standing before <see cref="Sides"/>[0].
/// </summary>
/// <param name="Sides">The sides, left to right; never empty.</param>
/// <param name="Relations">The relations between them.</param>
/// <param name="Continues">Whether the chain carries on from the previous chain's last side.</param>
/// <param name="Lead">Prose written just before the chain, e.g. "because", or null.</param>
public sealed record LatexChain(IReadOnlyList<LatexSide> Sides, IReadOnlyList<LatexRelation> Relations, bool Continues, string? Lead);
