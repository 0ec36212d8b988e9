using FsCheck;

namespace SkipNet.Properties.Wide;

/// <summary>The vectorised backpropagation of src/Analytic passes the whole vectorised battery.</summary>
public sealed class BackpropProperties
{
    private static readonly Derivation Analytic = Derivation.Analytic;

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property EveryGradient_HasItsNodesShape() => GradientBattery.EveryGradient_HasItsNodesShape(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property LossSlope_HasTheSignOfPredictionMinusTarget() => GradientBattery.LossSlope_HasTheSignOfPredictionMinusTarget(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property SkipGradient_IsSumOfPathContributions() => GradientBattery.SkipGradient_IsSumOfPathContributions(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property HiddenUnitPermutation_PermutesTheGradient() => GradientBattery.HiddenUnitPermutation_PermutesTheGradient(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property OutputPermutation_PermutesTheGradient() => GradientBattery.OutputPermutation_PermutesTheGradient(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property PositiveRescaling_RescalesTheGradient() => GradientBattery.PositiveRescaling_RescalesTheGradient(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Gradient_MatchesExactDerivative_OffKinks() => GradientBattery.Gradient_MatchesExactDerivative_OffKinks(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Gradient_LiesBetweenOneSidedSlopes_AtOneKink() => GradientBattery.Gradient_LiesBetweenOneSidedSlopes_AtOneKink(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Gradient_MatchesCentralDifference_OnOnePiece() => GradientBattery.Gradient_MatchesCentralDifference_OnOnePiece(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property SgdStep_MovesAgainstTheGradient() => GradientBattery.SgdStep_MovesAgainstTheGradient(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss() => GradientBattery.LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property EulerIdentity_HoldsPerPath() => GradientBattery.EulerIdentity_HoldsPerPath(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property DeadUnit_PassesZeroGradientUpstream() => GradientBattery.DeadUnit_PassesZeroGradientUpstream(Analytic);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property WorkedExample_MatchesExactArithmetic() => GradientBattery.WorkedExample_MatchesExactArithmetic(Analytic);
}
