using System.CommandLine;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Solve;

namespace SkipNet.Checker.Cli;

/// <summary><c>skipnet solve</c>: the correct worked solution, as text, Markdown, LaTeX or JSON.</summary>
public static class SolveCommand
{
    public static Command Create(TextWriter output)
    {
        var point = new PointOptions();
        var variant = new VariantOptions();
        var lr = PointOptions.Number("--lr", 1, "the learning rate α");
        var format = SkipnetCli.Format("text", "markdown", "latex", "json");
        var solve = new Command("solve", "Print the correct worked solution (defaults: the worked example, ReLU and L1).") { lr, format };
        point.AddTo(solve);
        variant.AddTo(solve);
        solve.SetAction(result =>
        {
            var given = OverflowGuard.Checked(
                new Given(point.Weights(result), point.Sample(result), result.GetValue(lr)) { Variant = variant.Variant(result) },
                new SourcePlace("skipnet solve", 0, 0));
            var sheet = AnswerSheet.For(given);

            output.Write(result.GetValue(format) switch
            {
                "markdown" => AnswerSheetRenderer.Markdown(sheet),
                "latex" => AnswerSheetRenderer.Latex(sheet),
                "json" => AnswerSheetJson.Of(sheet) + Environment.NewLine,
                _ => AnswerSheetRenderer.Text(sheet),
            });
            return (int)ExitCode.Usable;
        });
        return solve;
    }
}
