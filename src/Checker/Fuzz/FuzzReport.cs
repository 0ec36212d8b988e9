using System.Globalization;
using System.Text.Json;
using SkipNet.Checker.Json;
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
                Markup.Escape(oracle.Worst.Along), Markup.Escape(oracle.Worst.Replay));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{result.CasesPerSecond:N0} cases per second ({result.Seconds:0.00} s)"));
    }

    public static string Json(FuzzResult result, int threads)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scope = result.Scope;
        var document = new FuzzDocument(
            result.Cases, result.Seed, threads, result.KinkChecks, result.NearKinkChecks, result.RoundingLimitedChecks,
            [.. result.Oracles.Select(o => new FuzzOracleEntry(o.Oracle, o.Checks, o.Max, o.P999, new FuzzWorstEntry(o.Worst.Along, o.Worst.RelativeError, o.Worst.Replay)))],
            result.CasesPerSecond,
            scope is null ? null : VariantJson.Of(scope.Variant), scope?.Widths.ToString(), scope?.Entries, scope?.Mismatches,
            scope?.KinkOutside, scope?.CentralBeyondBound, scope?.CentralUnresolved);
        return JsonSerializer.Serialize(document, JsonOutput.Default.FuzzDocument);
    }
}
