namespace SkipNet.Checker.Tests.Grade;

/// <summary>
/// A known mistake, planted by editing the correct derivation's text (Markdown and YAML), with what <c>check</c>
/// marks for it, written down from the mistake's definition: the items that become wrong (as <c>grade</c> names
/// them), the items carried, and the diagnosis' kind.
/// </summary>
public sealed record PlantedMistake(
    string Kind,
    (string Old, string New) Markdown,
    IReadOnlyList<(string Old, string New)> Yaml,
    IReadOnlyList<string> WrongInMarkdown,
    IReadOnlyList<string> WrongInYaml,
    int CarriedInMarkdown,
    string? Diagnosis)
{
    /// <summary>
    /// y + ŷ for |y − ŷ|: L written as 3 + 0.375 = 3.375. The value and the written step that ends in it (l. 15) are wrong.
    /// </summary>
    public static PlantedMistake LossSum { get; } = new(
        "loss y + ŷ",
        ("|3 - 0.375| = 2.625", "|3 - 0.375| = 3.375"),
        [("loss: 2.625", "loss: 3.375")],
        ["loss", "step:15"],
        ["loss"],
        0,
        "y + ŷ computed for |y − ŷ|");

    /// <summary>∂L/∂ŷ = sign(y − ŷ), the numbers as before: the formula alone is wrong, its negative everywhere.</summary>
    public static PlantedMistake SignFlipped { get; } = new(
        "sign of ∂L/∂ŷ",
        (@"\operatorname{sign}(\hat{y} - y) = ", @"\operatorname{sign}(y - \hat{y}) = "),
        [("sign(yhat - y)", "sign(y - yhat)")],
        ["formula:dL/dyhat"],
        ["formula:dL/dyhat"],
        0,
        "sign flipped");

    /// <summary>
    /// ∂L/∂h0 = ∂L/∂z1·w1 = (−0.5)·0.5 = −0.25: the skip term left out of the formula and of the value (l. 31), both
    /// wrong; the steps are right for the formula written; what follows was written with the true −0.75.
    /// </summary>
    public static PlantedMistake SkipMissing { get; } = new(
        "skip term missing",
        (@"\frac{\partial L}{\partial z_2} \cdot w_3 + \frac{\partial L}{\partial z_1} \cdot w_1 = (-1) \cdot 0.5 + (-0.5) \cdot 0.5 = -0.5 + (-0.25) = -0.75",
         @"\frac{\partial L}{\partial z_1} \cdot w_1 = (-0.5) \cdot 0.5 = -0.25"),
        [("dL/dh0: -0.75", "dL/dh0: -0.25"), ("dL/dh0: \"dL/dz2 * w3 + dL/dz1 * w1\"", "dL/dh0: \"dL/dz1 * w1\"")],
        ["dL/dh0", "formula:dL/dh0"],
        ["dL/dh0", "formula:dL/dh0"],
        0,
        "the skip term w3·∂L/∂z2 is missing");

    /// <summary>An arithmetic slip in the last value, L′ = |3 − 1.953125| = 1.146875: the value and its step (l. 47) wrong; nothing follows from it.</summary>
    public static PlantedMistake Slip { get; } = new(
        "slip in L′",
        ("|3 - 1.953125| = 1.046875", "|3 - 1.953125| = 1.146875"),
        [("second.loss: 1.046875", "second.loss: 1.146875")],
        ["second.loss", "step:47"],
        ["second.loss"],
        0,
        null);

    /// <summary>
    /// The update climbs: w2′ = w2 + α·∂L/∂w2 = 0.5 + 1·(−0.25) = 0.25. The value is wrong; in Markdown the step in
    /// names that leads to it is carried from it (l. 41); the second pass was written with the true 0.75.
    /// </summary>
    public static PlantedMistake UpdateClimbs { get; } = new(
        "update climbs",
        (@"w_2 - \alpha  \cdot \frac{\partial L}{\partial w_2} = 0.5 - 1 \cdot (-0.25) = 0.75", @"w_2 + \alpha  \cdot \frac{\partial L}{\partial w_2} = 0.5 + 1 \cdot (-0.25) = 0.25"),
        [("updated.w2: 0.75", "updated.w2: 0.25")],
        ["updated.w2"],
        ["updated.w2"],
        1,
        "the update climbs: w + α·∂L/∂w instead of w − α·∂L/∂w");

    public static IReadOnlyList<PlantedMistake> All { get; } = [LossSum, SignFlipped, SkipMissing, Slip, UpdateClimbs];

    /// <summary>The text with the mistake planted; each text to replace must occur exactly once.</summary>
    public string Plant(string text, bool markdown)
    {
        IReadOnlyList<(string Old, string New)> edits = markdown ? [Markdown] : Yaml;
        return edits.Aggregate(text, (planted, edit) =>
        {
            var at = planted.IndexOf(edit.Old, StringComparison.Ordinal);
            Assert.True(at >= 0 && planted.IndexOf(edit.Old, at + 1, StringComparison.Ordinal) < 0, $"{Kind}: '{edit.Old}' must occur once");
            return planted[..at] + edit.New + planted[(at + edit.Old.Length)..];
        });
    }

    public IReadOnlyList<string> Wrong(bool markdown) => markdown ? WrongInMarkdown : WrongInYaml;
}
