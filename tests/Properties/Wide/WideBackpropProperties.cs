using FsCheck;

namespace SkipNet.Properties.Wide;

/// <summary>The vectorised backpropagation of src/Analytic passes the whole vectorised battery.</summary>
public sealed class WideBackpropProperties
{
    private static readonly WideDerivation Analytic = WideDerivation.Analytic;

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property EveryGradient_HasItsNodesShape() => WideGradientBattery.EveryGradient_HasItsNodesShape(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property LossSlope_HasTheSignOfPredictionMinusTarget() => WideGradientBattery.LossSlope_HasTheSignOfPredictionMinusTarget(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property SkipGradient_IsSumOfPathContributions() => WideGradientBattery.SkipGradient_IsSumOfPathContributions(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property HiddenUnitPermutation_PermutesTheGradient() => WideGradientBattery.HiddenUnitPermutation_PermutesTheGradient(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property OutputPermutation_PermutesTheGradient() => WideGradientBattery.OutputPermutation_PermutesTheGradient(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property PositiveRescaling_RescalesTheGradient() => WideGradientBattery.PositiveRescaling_RescalesTheGradient(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property Gradient_MatchesExactDerivative_OffKinks() => WideGradientBattery.Gradient_MatchesExactDerivative_OffKinks(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property Gradient_LiesBetweenOneSidedSlopes_AtOneKink() => WideGradientBattery.Gradient_LiesBetweenOneSidedSlopes_AtOneKink(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property Gradient_MatchesCentralDifference_OnOnePiece() => WideGradientBattery.Gradient_MatchesCentralDifference_OnOnePiece(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property SgdStep_MovesAgainstTheGradient() => WideGradientBattery.SgdStep_MovesAgainstTheGradient(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss() => WideGradientBattery.LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property EulerIdentity_HoldsPerPath() => WideGradientBattery.EulerIdentity_HoldsPerPath(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property DeadUnit_PassesZeroGradientUpstream() => WideGradientBattery.DeadUnit_PassesZeroGradientUpstream(Analytic);

    [PropertyCheck(MutationCases = WideCases.InMutationRuns)]
    public Property WorkedExample_MatchesExactArithmetic() => WideGradientBattery.WorkedExample_MatchesExactArithmetic(Analytic);
}
