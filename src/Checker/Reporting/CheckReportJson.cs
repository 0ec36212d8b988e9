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
        var document = report.GivenFrom is not null;
        var json = new JsonObject();
        if (document)
        {
            json["given_from"] = report.GivenFrom;
        }

        json["values"] = new JsonArray(report.Values.Select(v => Value(v, document)).ToArray());
        json["formulas"] = new JsonArray(report.Formulas.Select(f => Formula(f, document)).ToArray());
        var summary = new JsonObject { ["right"] = report.Right, ["wrong"] = report.Wrong, ["carried"] = report.Carried };
        if (document)
        {
            json["steps"] = new JsonArray(report.Steps.Select(Step).ToArray());
            json["assumptions"] = new JsonArray(report.Assumptions.Select(a => (JsonNode)new JsonObject { ["line"] = a.Line, ["text"] = a.Text }).ToArray());
            json["unread"] = new JsonArray(report.Unread.Select(u => (JsonNode)new JsonObject { ["line"] = u.Line, ["text"] = u.Text, ["reason"] = u.Reason }).ToArray());
            summary["unjudged"] = report.Unjudged;
            summary["unread"] = report.Unread.Count;
        }

        json["summary"] = summary;
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Step(StepJudgement s)
    {
        var json = new JsonObject { ["line"] = s.Step.Line, ["text"] = s.Step.Text, ["verdict"] = s.Verdict.ToString().ToLowerInvariant() };
        JsonNumber.Add(json, "correct", s.Correct);
        json["diagnosis"] = s.Diagnosis;
        return json;
    }

    private static JsonNode Value(ValueJudgement v, bool document)
    {
        var json = new JsonObject { ["name"] = v.Name };
        if (document)
        {
            json["line"] = v.Place.Line;
        }

        JsonNumber.Add(json, "claimed", double.TryParse(v.Claimed, NumberStyles.Float, CultureInfo.InvariantCulture, out var claimed) ? claimed : double.NaN);
        JsonNumber.Add(json, "correct", v.Correct);
        json["verdict"] = Name(v.Verdict);
        json["diagnosis"] = v.Diagnosis;
        return json;
    }

    private static JsonNode Formula(FormulaJudgement f, bool document)
    {
        var (c, p) = (f.Counterexample, f.Counterexample?.Point);
        var json = new JsonObject { ["name"] = f.Claim.Name };
        if (document)
        {
            json["line"] = f.Claim.Place.Line;
        }

        json["formula"] = f.Claim.Text;
        json["verdict"] = Name(f.Verdict);
        json["counterexample"] = p is null
            ? null
            : JsonNumber.Object(("x", p.X), ("y", p.Y), ("w0", p.Parameters.W0), ("w1", p.Parameters.W1), ("w2", p.Parameters.W2), ("w3", p.Parameters.W3));
        JsonNumber.Add(json, "claimed_at", c?.ClaimedAt);
        JsonNumber.Add(json, "correct_at", c?.CorrectAt);
        json["diagnosis"] = f.Diagnosis;
        return json;
    }

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
