using System.Reflection;

namespace SkipNet.Checker;

/// <summary>The worked example's own submission, embedded: what <c>skipnet</c> checks when given no file.</summary>
public static class WorkedExample
{
    public static string Text()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SkipNet.Checker.WorkedExample.yaml")
            ?? throw new InvalidOperationException("the embedded worked example is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
