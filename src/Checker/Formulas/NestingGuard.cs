namespace SkipNet.Checker.Formulas;

/// <summary>
/// Rejects text whose parse could recurse deeper than a limit, before any recursion starts,
/// because a StackOverflowException cannot be caught.
/// </summary>
internal static class NestingGuard
{
    // Characters after which '+' or '-' is a prefix sign rather than an infix operator.
    private const string OperandExpectedAfter = "(,?:<>=!+-*/^";

    /// <summary>
    /// Over-counts the nesting: each '(' adds a level, and so does every '?', '^' and prefix sign
    /// until the enclosing ')' releases what its group added.
    /// </summary>
    public static void Check(string text, int maxDepth)
    {
        var enclosing = new Stack<int>();
        var depth = 0;
        var addedInGroup = 0;
        char? previous = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == '(')
            {
                enclosing.Push(addedInGroup);
                addedInGroup = 0;
                depth++;
            }
            else if (c == ')' && enclosing.Count > 0)
            {
                depth -= addedInGroup + 1;
                addedInGroup = enclosing.Pop();
            }
            else if (c is '?' or '^' || (c is '+' or '-' && (previous is null || OperandExpectedAfter.Contains(previous.Value))))
            {
                addedInGroup++;
                depth++;
            }

            if (depth > maxDepth)
            {
                throw new FormulaSyntaxException($"formula is nested too deeply (more than {maxDepth} levels)", i + 1);
            }

            previous = c;
        }
    }
}
