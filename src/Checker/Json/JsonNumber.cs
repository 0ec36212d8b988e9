using System.Globalization;

namespace SkipNet.Checker.Json;

/// <summary>
/// JSON has no NaN or ±∞: such a number is written as null, with the reason beside it under "KEY_undefined"
/// ("NaN", "Infinity" or "-Infinity"), so that no report can fail on a non-finite double. A record holds the pair as
/// KEY from <see cref="Finite"/> and KEY_undefined (left out when null) from <see cref="Undefined"/>.
/// </summary>
public static class JsonNumber
{
    /// <summary>The number when finite, else null.</summary>
    public static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;

    /// <summary>Why the number is null: "NaN", "Infinity" or "-Infinity"; null for a finite number or none.</summary>
    public static string? Undefined(double? value) =>
        value is { } number && !double.IsFinite(number) ? number.ToString(CultureInfo.InvariantCulture) : null;
}
