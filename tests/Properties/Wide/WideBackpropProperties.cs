using FsCheck;

namespace SkipNet.Properties.Wide;

/// <summary>The vectorised backpropagation of src/Analytic passes the whole vectorised battery.</summary>
public sealed class WideBackpropProperties
{
    private static readonly WideDerivation Analytic = WideDerivation.Analytic;

    [PropertyCheck]
    public Property EveryGradient_HasItsNodesShape() => WideGradientBattery.EveryGradient_HasItsNodesShape(Analytic);

    [PropertyCheck]
    public Property LossSlope_HasTheSignOfPredictionMinusTarget() => WideGradientBattery.LossSlope_HasTheSignOfPredictionMinusTarget(Analytic);

    [PropertyCheck]
    public Property SkipGradient_IsSumOfPathContributions() => WideGradientBattery.SkipGradient_IsSumOfPathContributions(Analytic);

    [PropertyCheck]
    public Property HiddenUnitPermutation_PermutesTheGradient() => WideGradientBattery.HiddenUnitPermutation_PermutesTheGradient(Analytic);

    [PropertyCheck]
    public Property OutputPermutation_PermutesTheGradient() => WideGradientBattery.OutputPermutation_PermutesTheGradient(Analytic);

    [PropertyCheck]
    public Property PositiveRescaling_RescalesTheGradient() => WideGradientBattery.PositiveRescaling_RescalesTheGradient(Analytic);

    [PropertyCheck]
    public Property Gradient_MatchesExactDerivative_OffKinks() => WideGradientBattery.Gradient_MatchesExactDerivative_OffKinks(Analytic);

    [PropertyCheck]
    public Property Gradient_LiesBetweenOneSidedSlopes_AtOneKink() => WideGradientBattery.Gradient_LiesBetweenOneSidedSlopes_AtOneKink(Analytic);

    [PropertyCheck]
    public Property Gradient_MatchesCentralDifference_OnOnePiece() => WideGradientBattery.Gradient_MatchesCentralDifference_OnOnePiece(Analytic);

    [PropertyCheck]
    public Property SgdStep_MovesAgainstTheGradient() => WideGradientBattery.SgdStep_MovesAgainstTheGradient(Analytic);
}
