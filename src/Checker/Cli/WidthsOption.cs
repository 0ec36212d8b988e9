using System.CommandLine;
using System.Globalization;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Cli;

/// <summary>--widths n,a,b,m: the layer widths of the vectorised network, each from 1 to <see cref="Most"/>.</summary>
public static class WidthsOption
{
    /// <summary>The widest layer the command line takes.</summary>
    public const int Most = 64;

    /// <summary>The option; null when not written (the scalar exercise).</summary>
    public static Option<Widths?> Create(string description) =>
        new("--widths")
        {
            Description = description,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                var parts = text.Split(',');
                var widths = parts.Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 1 and <= Most ? w : 0).ToArray();
                if (parts.Length == 4 && widths.All(w => w > 0))
                {
                    return new Widths(widths[0], widths[1], widths[2], widths[3]);
                }

                r.AddError($"--widths must be four whole numbers n,a,b,m from 1 to {Most}, not '{text}'");
                return null;
            },
        };
}
