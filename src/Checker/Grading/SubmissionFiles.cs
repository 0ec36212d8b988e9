using SkipNet.Checker.Reading;

namespace SkipNet.Checker.Grading;

/// <summary>
/// The submissions a grade run reads: every .md, .markdown, .tex, .yaml, .yml and .json file under each directory
/// (recursively), and each file named as it is; sorted by path (ordinal), each once.
/// </summary>
public static class SubmissionFiles
{
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".tex", ".yaml", ".yml", ".json"];

    /// <summary>
    /// The files, or an <see cref="InputError"/> for a path that does not exist or a run that finds none; a directory's
    /// files under <paramref name="except"/> (the run's --out, whose summary.json is no submission) are left out.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, string? except = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var excluded = except is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(except)) + Path.DirectorySeparatorChar;
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                found.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => excluded is null || !Path.GetFullPath(f).StartsWith(excluded, StringComparison.Ordinal)));
            }
            else if (File.Exists(path))
            {
                found.Add(path);
            }
            else
            {
                throw new InputError(new SourcePlace(path, 0, 0), "no such file or directory");
            }
        }

        if (found.Count == 0)
        {
            throw new InputError(new SourcePlace(string.Join(", ", paths), 0, 0), $"no submission found ({string.Join(", ", Extensions)})");
        }

        return [.. found.Distinct().Order(StringComparer.Ordinal)];
    }
}
