namespace SkipNet.Checker.Reading;

/// <summary>The nearest known name to a misspelt one, by edit distance, when it is near enough to be a likely typo.</summary>
public static class DidYouMean
{
    /// <summary>"; did you mean 'K'?" for the nearest known name K within max(2, ⌊length/3⌋) edits (ties: the first known), else "".</summary>
    public static string Hint(string written, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(known);
        var best = known.Select(k => (Name: k, Distance: Distance(written.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, written.Length / 3) ? $"; did you mean '{best.Name}'?" : "";
    }

    // Levenshtein distance: insertions, deletions and substitutions each cost 1.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
