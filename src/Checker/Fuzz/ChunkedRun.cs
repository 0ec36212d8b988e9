namespace SkipNet.Checker.Fuzz;

/// <summary>
/// Runs cases 0 … n − 1 in chunks on up to <c>threads</c> threads, each thread filling its own tally and the tallies
/// merged at the end: whatever the split, the merged tally is the same when merging is order-free.
/// </summary>
public static class ChunkedRun
{
    /// <summary>The merged tally and the elapsed seconds; <paramref name="check"/> gets each chunk's [first, end).</summary>
    public static (TTally Total, double Seconds) Of<TTally>(
        int cases, int chunk, int threads, Func<TTally> tally, Action<long, long, TTally> check, Action<TTally, TTally> merge, Action<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(merge);
        var total = tally();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(
            0, (cases + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = threads },
            tally,
            (index, _, own) =>
            {
                var (first, end) = ((long)index * chunk, Math.Min((long)(index + 1) * chunk, cases));
                check(first, end, own);
                progress?.Invoke((int)(end - first));
                return own;
            },
            own =>
            {
                lock (total!)
                {
                    merge(total, own);
                }
            });
        clock.Stop();
        return (total, clock.Elapsed.TotalSeconds);
    }
}
