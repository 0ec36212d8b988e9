using System.Text.Json.Serialization;
using SkipNet.Checker.Json;
using SkipNet.Checker.Judging;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// The check report's JSON. A document (Markdown or LaTeX) adds "given_from", each claim's "line", "steps",
/// "assumptions", "unread" and two counts to the summary; a YAML submission has none of these keys. A number that is
/// not finite is null with "KEY_undefined" beside it (<see cref="JsonNumber"/>).
/// </summary>
public sealed record CheckReportDocument(
    [property: JsonIgnore(Condition = WhenWritingNull)] string? GivenFrom,
    IReadOnlyList<ValueEntry> Values,
    IReadOnlyList<FormulaEntry> Formulas,
    [property: JsonIgnore(Condition = WhenWritingNull)] IReadOnlyList<StepEntry>? Steps,
    [property: JsonIgnore(Condition = WhenWritingNull)] IReadOnlyList<AssumptionEntry>? Assumptions,
    [property: JsonIgnore(Condition = WhenWritingNull)] IReadOnlyList<UnreadEntry>? Unread,
    CheckSummary Summary);

/// <summary>A claimed value: {name, line, claimed, correct, verdict, diagnosis}.</summary>
public sealed record ValueEntry(
    string Name,
    [property: JsonIgnore(Condition = WhenWritingNull)] int? Line,
    double? Claimed, [property: JsonIgnore(Condition = WhenWritingNull)] string? ClaimedUndefined,
    double? Correct, [property: JsonIgnore(Condition = WhenWritingNull)] string? CorrectUndefined,
    Verdict Verdict,
    string? Diagnosis);

/// <summary>A claimed formula: {name, line, formula, verdict, counterexample: {x, y, w0..w3}, claimed_at, correct_at, diagnosis}.</summary>
public sealed record FormulaEntry(
    string Name,
    [property: JsonIgnore(Condition = WhenWritingNull)] int? Line,
    string Formula,
    Verdict Verdict,
    PointJson? Counterexample,
    double? ClaimedAt, [property: JsonIgnore(Condition = WhenWritingNull)] string? ClaimedAtUndefined,
    double? CorrectAt, [property: JsonIgnore(Condition = WhenWritingNull)] string? CorrectAtUndefined,
    string? Diagnosis);

/// <summary>A written step of a document: {line, text, verdict, correct, diagnosis}.</summary>
public sealed record StepEntry(
    int Line,
    string Text,
    Verdict Verdict,
    double? Correct, [property: JsonIgnore(Condition = WhenWritingNull)] string? CorrectUndefined,
    string? Diagnosis);

/// <summary>An assumption made in reading a document: {line, text}.</summary>
public sealed record AssumptionEntry(int Line, string Text);

/// <summary>Math a document holds that was left unread: {line, text, reason}.</summary>
public sealed record UnreadEntry(int Line, string Text, string Reason);

/// <summary>The counts: {right, wrong, carried}, and for a document {unjudged, unread}.</summary>
public sealed record CheckSummary(
    int Right,
    int Wrong,
    int Carried,
    [property: JsonIgnore(Condition = WhenWritingNull)] int? Unjudged,
    [property: JsonIgnore(Condition = WhenWritingNull)] int? Unread);
