using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SkipNet.Points;
using Spectre.Console;
using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.Fuzz;

/// <summary>A campaign's findings as text or JSON, the worst case as a <c>skipnet gradcheck</c> command to replay it.</summary>
public static class FuzzReport
{
    public static string Replay(Point point) => string.Create(
        CultureInfo.InvariantCulture,
        $"skipnet gradcheck --x {point.X:R} --y {point.Y:R} --w0 {point.Parameters.W0:R} --w1 {point.Parameters.W1:R} --w2 {point.Parameters.W2:R} --w3 {point.Parameters.W3:R}");

    public static void WriteText(FuzzResult result, int threads, IAnsiConsole console)
    {
        console.MarkupLine(Markup.Escape(result.Scope is { } scope
            ? $"{result.Cases:N0} cases × {scope.Entries} entries ({scope.Variant}; widths {scope.Widths}), seed {result.Seed}, {threads} thread(s): " +
              $"{result.KinkChecks} checks on a kink (not measured; {scope.KinkOutside} with the analytic value outside the exact one-sided slopes), " +
              $"{result.NearKinkChecks} whose central difference straddles a seam (measured outside the one-sided differences), " +
              $"{result.RoundingLimitedChecks} where the central difference is off by more than 1e-6 but within its error bound, " +
              $"{scope.CentralBeyondBound} beyond it, {scope.CentralUnresolved} the central difference could not resolve (left out of its errors), " +
              $"{scope.Mismatches} mismatch(es) with the exact derivative"
            : $"{result.Cases:N0} cases × 5 variables, seed {result.Seed}, {threads} thread(s): {result.KinkChecks} checks on a kink (not measured), " +
              $"{result.NearKinkChecks} whose central difference straddles a nearby kink (left out of its errors), " +
              $"{result.RoundingLimitedChecks} where the central difference is off by more than 1e-6 but within its own rounding bound"));
        var table = new Table().AddColumns("oracle", "checks", "max rel. error", "99.9th percentile ≤", "worst variable", "replay the worst case");
        foreach (var oracle in result.Oracles)
        {
            table.AddRow(
                Markup.Escape(oracle.Oracle), oracle.Checks.ToString("N0", CultureInfo.InvariantCulture), Scientific(oracle.Max), Scientific(oracle.P999),
                Markup.Escape(oracle.Worst.Variable), Markup.Escape(oracle.Worst.Replay));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{result.CasesPerSecond:N0} cases per second ({result.Seconds:0.00} s)"));
    }

    public static string Json(FuzzResult result, int threads)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = new JsonObject
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
                    ["variable"] = o.Worst.Variable,
                    ["relative_error"] = o.Worst.RelativeError,
                    ["replay"] = o.Worst.Replay,
                },
            }).ToArray()),
            ["cases_per_second"] = result.CasesPerSecond,
        };
        if (result.Scope is { } scope)
        {
            // The generic campaign's: which network, and what it counted besides the statistics.
            json["variant"] = VariantJson.Of(scope.Variant);
            json["widths"] = scope.Widths.ToString();
            json["entries"] = scope.Entries;
            json["mismatches"] = scope.Mismatches;
            json["kink_checks_outside_slopes"] = scope.KinkOutside;
            json["central_beyond_bound_checks"] = scope.CentralBeyondBound;
            json["central_unresolved_checks"] = scope.CentralUnresolved;
        }

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
