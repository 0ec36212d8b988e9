namespace SkipNet.Checker.Solve;

/// <summary>One line of an answer sheet: symbol = formula = formula with numbers = value.</summary>
public sealed record SheetStep(string Symbol, string Formula, string Substituted, double Value)
{
    /// <summary>The substituted form, unless it only repeats the formula or the value.</summary>
    public string? Working => Substituted == Formula || Substituted == Numbers.Format(Value) ? null : Substituted;
}

/// <summary>A titled group of steps: the forward pass, the backward pass, the update, the second pass.</summary>
public sealed record SheetSection(string Title, IReadOnlyList<SheetStep> Steps);
