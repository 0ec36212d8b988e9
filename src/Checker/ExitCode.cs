namespace SkipNet.Checker;

/// <summary>What <c>skipnet</c> returns: every command the same codes.</summary>
public enum ExitCode
{
    /// <summary>The run completed and found nothing wrong.</summary>
    Usable = 0,

    /// <summary>Mistakes found: a wrong or carried claim, a gradient mismatch.</summary>
    MistakesFound = 1,

    /// <summary>Unusable input: one line on standard error says where and what.</summary>
    BadInput = 2,

    /// <summary>A bug, not bad input (EX_SOFTWARE).</summary>
    InternalError = 70,
}
