using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// The report as JSON: {"values":[{name, claimed, correct, verdict, diagnosis}], "formulas":[{name, formula, verdict,
/// counterexample:{x, y, w0, w1, w2, w3}, claimed_at, correct_at, diagnosis}], "summary":{right, wrong, carried}}.
/// A number that is not finite is null with "KEY_undefined" beside it (<see cref="JsonNumber"/>).
/// </summary>
public static class CheckReportJson
{
    public static string Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new JsonObject
        {
            ["values"] = new JsonArray(report.Values.Select(Value).ToArray()),
            ["formulas"] = new JsonArray(report.Formulas.Select(Formula).ToArray()),
            ["summary"] = new JsonObject { ["right"] = report.Right, ["wrong"] = report.Wrong, ["carried"] = report.Carried },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Value(ValueJudgement v)
    {
        var json = new JsonObject { ["name"] = v.Name };
        JsonNumber.Add(json, "claimed", double.TryParse(v.Claimed, NumberStyles.Float, CultureInfo.InvariantCulture, out var claimed) ? claimed : double.NaN);
        JsonNumber.Add(json, "correct", v.Correct);
        json["verdict"] = Name(v.Verdict);
        json["diagnosis"] = v.Diagnosis;
        return json;
    }

    private static JsonNode Formula(FormulaJudgement f)
    {
        var (c, p) = (f.Counterexample, f.Counterexample?.Point);
        var json = new JsonObject
        {
            ["name"] = f.Claim.Name,
            ["formula"] = f.Claim.Text,
            ["verdict"] = Name(f.Verdict),
            ["counterexample"] = p is null
                ? null
                : JsonNumber.Object(("x", p.X), ("y", p.Y), ("w0", p.Parameters.W0), ("w1", p.Parameters.W1), ("w2", p.Parameters.W2), ("w3", p.Parameters.W3)),
        };
        JsonNumber.Add(json, "claimed_at", c?.ClaimedAt);
        JsonNumber.Add(json, "correct_at", c?.CorrectAt);
        json["diagnosis"] = f.Diagnosis;
        return json;
    }

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
