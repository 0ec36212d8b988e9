using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;

namespace SkipNet.Checker.Reading.Documents;

/// <summary>
/// One written step: a link <c>Left relation Right</c> of a chain, judged at the given point; <see cref="Subject"/>
/// is the quantity the chain is about (null where it names none). A side that could not be read leaves the step
/// unjudged.
/// </summary>
public sealed record WrittenStep(int Line, string Text, string? Subject, Expr? Left, Expr? Right, string RightText, LatexRelation Relation);

/// <summary>A lenient reading the checker made, with the line that needed it.</summary>
public sealed record Assumption(int Line, string Text);

/// <summary>Math that could not be read: its line, its text and why.</summary>
public sealed record UnreadMath(int Line, string Text, string Reason);

/// <summary>A Markdown or LaTeX derivation: its values and formulas as a submission, its written steps, assumptions and unread math.</summary>
public sealed record Document(
    Submission Submission,
    string GivenFrom,
    IReadOnlyList<WrittenStep> Steps,
    IReadOnlyList<Assumption> Assumptions,
    IReadOnlyList<UnreadMath> Unread);
