using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Reporting;
using SkipNet.Checker.Formulas;
using SkipNet.Points;
using SkipNet.Reference;
using Spectre.Console;

namespace SkipNet.Checker.Tests.Check;

/// <summary>No report writer throws on a number that is not finite: JSON writes null with the reason beside it.</summary>
public sealed class CheckReportWriterProperties
{
    /// <summary>Ordinary numbers, NaN and both infinities, equally often.</summary>
    private static readonly Gen<double> AnyDouble = Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.5, -1e300);

    private static readonly Gen<ValueJudgement> AnyValue =
        from d in Gen.ArrayOf(AnyDouble, 2)
        from verdict in Gen.Elements(Enum.GetValues<Verdict>())
        select new ValueJudgement("loss", d[0].ToString(CultureInfo.InvariantCulture), d[1], verdict, null, new SourcePlace("f", 1, 1));

    private static readonly Gen<FormulaJudgement> AnyFormula =
        from d in Gen.ArrayOf(AnyDouble, 8)
        select new FormulaJudgement(
            new FormulaClaim("dL/dyhat", "yhat / 0", new Expr.Number(0), new SourcePlace("f", 1, 1)),
            new Counterexample(new Point(new Parameters(d[2], d[3], d[4], d[5]), new Sample(d[0], d[1])), d[6], d[7]),
            "undefined");

    private static readonly Arbitrary<CheckReport> AnyReport =
        (from values in Gen.ListOf(AnyValue)
         from formulas in Gen.ListOf(AnyFormula)
         select new CheckReport("f", values.ToArray(), formulas.ToArray())).ToArbitrary();

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Json_WithNonFiniteNumbers_IsValidJsonWithNullsAndReasons() =>
        Prop.ForAll(AnyReport, report =>
        {
            using var json = JsonDocument.Parse(CheckReportJson.Of(report));
            var formulas = json.RootElement.GetProperty("formulas").EnumerateArray().ToList();
            return formulas.Count == report.Formulas.Count && report.Formulas.Zip(formulas).All(pair =>
                double.IsFinite(pair.First.Counterexample!.ClaimedAt)
                    ? pair.Second.GetProperty("claimed_at").GetDouble() == pair.First.Counterexample.ClaimedAt
                    : pair.Second.GetProperty("claimed_at").ValueKind == JsonValueKind.Null &&
                      pair.Second.GetProperty("claimed_at_undefined").GetString() == pair.First.Counterexample.ClaimedAt.ToString(CultureInfo.InvariantCulture));
        });

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Text_WithNonFiniteNumbers_Writes() =>
        Prop.ForAll(AnyReport, report =>
        {
            using var output = new StringWriter();
            CheckReportText.Write(report, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No }));
            return output.ToString().EndsWith($"{report.Right} right, {report.Wrong} wrong, {report.Carried} carried{Environment.NewLine}", StringComparison.Ordinal);
        });
}
