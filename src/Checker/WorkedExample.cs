using System.Reflection;

namespace SkipNet.Checker;

/// <summary>
/// The worked example's own submission, embedded: as handed in (Markdown with LaTeX math), what <c>skipnet</c> checks
/// when given no file; and transcribed into the YAML format.
/// </summary>
public static class WorkedExample
{
    /// <summary>The submission as handed in.</summary>
    public static string Markdown() => Resource("SkipNet.Checker.WorkedExample.md");

    /// <summary>The same submission in the YAML format (its values and its two formulas).</summary>
    public static string Yaml() => Resource("SkipNet.Checker.WorkedExample.yaml");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the embedded {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
