using System.Runtime.CompilerServices;
using System.Text;
using static SkipNet.Checker.Formulas.Latex.TypesetPrecedence;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// One walk of an <see cref="Expr"/> for every notation that typesets it (<see cref="LatexPrinter"/>, MathML):
/// parentheses by <see cref="TypesetPrecedence"/>, quotients as fractions, a comparison used as a value as its
/// indicator 𝟙[a &lt; b], a chain of conditionals as one brace of rows. A notation says how each piece is spelled.
/// </summary>
public abstract class Typesetter
{
    public string Print(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var text = new StringBuilder();
        Write(text, expr, SumLevel);
        return text.ToString();
    }

    /// <summary>A name in the formula language's spelling (w0, yhat, dL/dw0, updated.w0), typeset.</summary>
    public abstract string Name(string name);

    /// <summary>A number, NaN and the infinities included.</summary>
    protected abstract string Literal(double value);

    /// <summary>A function's name before its parenthesised arguments (|·| is <see cref="AbsoluteValue"/> instead).</summary>
    protected abstract string FunctionName(FormulaFunction function);

    /// <summary>An infix operator: +, −, ×, or a comparison.</summary>
    protected abstract string Infix(BinaryOperator op);

    /// <summary>Around every subexpression (MathML's mrow); nothing by default.</summary>
    protected virtual (string Open, string Close) Group => ("", "");

    protected abstract (string Open, string Close) Parentheses { get; }

    protected abstract string Minus { get; }

    protected abstract string ArgumentSeparator { get; }

    protected abstract (string Open, string Between, string Close) Fraction { get; }

    protected abstract (string Open, string Between, string Close) Power { get; }

    /// <summary>Around a comparison used as a value, 1 where it holds: 𝟙[…].</summary>
    protected abstract (string Open, string Close) Indicator { get; }

    protected abstract (string Open, string Close) AbsoluteValue { get; }

    /// <summary>The brace of rows: its opening, a row's start, the cell between value and condition, a row's end, between rows, the last row's "otherwise", the closing.</summary>
    protected abstract (string Open, string RowStart, string Cell, string RowEnd, string BetweenRows, string Otherwise, string Close) Cases { get; }

    /// <summary>The level a sum's or product's right operand must bind at: tighter than the operator, as they associate left.</summary>
    protected virtual int RightOperandLevel(Expr.Binary binary, int level) => level + 1;

    /// <summary>A notation's own spelling of a node, written in place of the common one; false where it has none.</summary>
    protected virtual bool WriteOwn(StringBuilder text, Expr expr) => false;

    protected void Write(StringBuilder text, Expr expr, int required)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var parenthesise = NeedsParentheses(expr, required);
        text.Append(Group.Open);
        if (parenthesise)
        {
            text.Append(Parentheses.Open);
        }

        if (!WriteOwn(text, expr))
        {
            WriteCommon(text, expr);
        }

        if (parenthesise)
        {
            text.Append(Parentheses.Close);
        }

        text.Append(Group.Close);
    }

    private void WriteCommon(StringBuilder text, Expr expr)
    {
        switch (expr)
        {
            case Expr.Number number:
                text.Append(Literal(number.Value));
                break;
            case Expr.Variable variable:
                text.Append(Name(variable.Name));
                break;
            case Expr.Negate negate:
                text.Append(Minus);
                Write(text, negate.Operand, UnaryLevel);
                break;
            case Expr.Binary { Operator: BinaryOperator.Divide } quotient:
                WriteLaidOut(text, Fraction, quotient.Left, SumLevel, quotient.Right);
                break;
            case Expr.Binary { Operator: BinaryOperator.Power } power:
                // The base must be a primary; a quotient base is parenthesised too, for the reader's eye.
                WriteLaidOut(text, Power, power.Left, PrimaryLevel, power.Right);
                break;
            case Expr.Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } binary:
                var level = Level(binary);
                Write(text, binary.Left, level);
                text.Append(Infix(binary.Operator));
                Write(text, binary.Right, RightOperandLevel(binary, level));
                break;
            case Expr.Binary comparison:
                text.Append(Indicator.Open);
                WriteComparison(text, comparison);
                text.Append(Indicator.Close);
                break;
            case Expr.Conditional conditional:
                WriteCases(text, conditional);
                break;
            case Expr.Call call:
                WriteCall(text, call);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown expression kind");
        }
    }

    // A two-part layout, a fraction or a power: its marks around and between the two parts.
    private void WriteLaidOut(StringBuilder text, (string Open, string Between, string Close) layout, Expr first, int firstLevel, Expr second)
    {
        text.Append(layout.Open);
        Write(text, first, firstLevel);
        text.Append(layout.Between);
        Write(text, second, SumLevel);
        text.Append(layout.Close);
    }

    private void WriteComparison(StringBuilder text, Expr.Binary comparison)
    {
        Write(text, comparison.Left, SumLevel);
        text.Append(Infix(comparison.Operator));
        Write(text, comparison.Right, SumLevel);
    }

    // A chain of conditionals in their false branches is one brace of rows; a final NaN is no row at all, since that
    // is what the brace means where no condition holds.
    private void WriteCases(StringBuilder text, Expr.Conditional conditional)
    {
        var cases = Cases;
        text.Append(cases.Open);
        Expr rest = conditional;
        for (var first = true; rest is Expr.Conditional row; first = false, rest = row.WhenFalse)
        {
            text.Append(first ? "" : cases.BetweenRows).Append(cases.RowStart);
            Write(text, row.WhenTrue, SumLevel);
            text.Append(cases.Cell);
            if (row.Condition is Expr.Binary { Operator: BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater
                or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual } comparison)
            {
                WriteComparison(text, comparison);
            }
            else
            {
                // True means non-zero and not NaN, which is what |c| > 0 says.
                text.Append(AbsoluteValue.Open);
                Write(text, row.Condition, SumLevel);
                text.Append(AbsoluteValue.Close).Append(Infix(BinaryOperator.Greater)).Append(Literal(0));
            }

            text.Append(cases.RowEnd);
        }

        if (rest is not Expr.Number { Value: double.NaN })
        {
            text.Append(cases.BetweenRows).Append(cases.RowStart);
            Write(text, rest, SumLevel);
            text.Append(cases.Cell).Append(cases.Otherwise).Append(cases.RowEnd);
        }

        text.Append(cases.Close);
    }

    private void WriteCall(StringBuilder text, Expr.Call call)
    {
        if (call.Function == FormulaFunction.Abs)
        {
            text.Append(AbsoluteValue.Open);
            Write(text, call.Arguments[0], SumLevel);
            text.Append(AbsoluteValue.Close);
            return;
        }

        text.Append(FunctionName(call.Function)).Append(Parentheses.Open);
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            text.Append(i > 0 ? ArgumentSeparator : "");
            Write(text, call.Arguments[i], SumLevel);
        }

        text.Append(Parentheses.Close);
    }
}
