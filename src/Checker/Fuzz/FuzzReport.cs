using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SkipNet.Checker.GradCheck;
using SkipNet.Points;
using Spectre.Console;

namespace SkipNet.Checker.Fuzz;

/// <summary>A campaign's findings as text or JSON, the worst case as a <c>skipnet gradcheck</c> command to replay it.</summary>
public static class FuzzReport
{
    public static string Replay(Point point) => string.Create(
        CultureInfo.InvariantCulture,
        $"skipnet gradcheck --x {point.X:R} --y {point.Y:R} --w0 {point.Parameters.W0:R} --w1 {point.Parameters.W1:R} --w2 {point.Parameters.W2:R} --w3 {point.Parameters.W3:R}");

    public static void WriteText(FuzzResult result, int threads, IAnsiConsole console)
    {
        console.MarkupLine(Markup.Escape(
            $"{result.Cases:N0} cases × 5 variables, seed {result.Seed}, {threads} thread(s): {result.KinkChecks} checks on a kink (not measured), " +
            $"{result.NearKinkChecks} whose central difference straddles a nearby kink (left out of its errors), " +
            $"{result.RoundingLimitedChecks} where the central difference is off by more than 1e-6 but within its own rounding bound"));
        var table = new Table().AddColumns("oracle", "checks", "max rel. error", "99.9th percentile ≤", "worst variable", "replay the worst case");
        foreach (var oracle in result.Oracles)
        {
            table.AddRow(
                Markup.Escape(oracle.Oracle), oracle.Checks.ToString("N0", CultureInfo.InvariantCulture), Scientific(oracle.Max), Scientific(oracle.P999),
                GradCheckReport.Name(oracle.Worst.Variable), Markup.Escape(Replay(oracle.Worst.Point)));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{result.CasesPerSecond:N0} cases per second ({result.Seconds:0.00} s)"));
    }

    public static string Json(FuzzResult result, int threads) =>
        new JsonObject
        {
            ["cases"] = result.Cases,
            ["seed"] = result.Seed,
            ["threads"] = threads,
            ["kink_checks"] = result.KinkChecks,
            ["near_kink_checks"] = result.NearKinkChecks,
            ["rounding_limited_checks"] = result.RoundingLimitedChecks,
            ["oracles"] = new JsonArray(result.Oracles.Select(o => (JsonNode)new JsonObject
            {
                ["oracle"] = o.Oracle,
                ["checks"] = o.Checks,
                ["max"] = o.Max,
                ["p999"] = o.P999,
                ["worst"] = new JsonObject
                {
                    ["variable"] = GradCheckReport.Name(o.Worst.Variable),
                    ["relative_error"] = o.Worst.RelativeError,
                    ["replay"] = Replay(o.Worst.Point),
                },
            }).ToArray()),
            ["cases_per_second"] = result.CasesPerSecond,
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static string Scientific(double value) => value.ToString("0.0e+00", CultureInfo.InvariantCulture);
}
