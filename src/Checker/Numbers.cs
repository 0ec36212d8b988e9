using System.Globalization;

namespace SkipNet.Checker;

/// <summary>How numbers are printed: the shortest text that reads back as the same double.</summary>
public static class Numbers
{
    /// <summary>Round-trip text, invariant culture: 0.375, -0.75, 1E-07.</summary>
    public static string Format(double value) => value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture); // no "-0"

    /// <summary>As <see cref="Format"/>, in parentheses when negative, for substituting into a product.</summary>
    public static string Operand(double value) => value < 0 ? $"({Format(value)})" : Format(value);

    /// <summary>Two significant digits in scientific notation, for errors and steps: 2.4e-11.</summary>
    public static string Scientific(double value) => value.ToString("0.0e+00", CultureInfo.InvariantCulture);
}
