using System.Globalization;
using System.Text.Json.Nodes;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// JSON has no NaN or ±∞: such a number is written as null, with the reason beside it under "KEY_undefined"
/// ("NaN", "Infinity" or "-Infinity"), so that no report can fail on a non-finite double.
/// </summary>
public static class JsonNumber
{
    public static void Add(JsonObject json, string key, double? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json[key] = value is { } finite && double.IsFinite(finite) ? finite : null;
        if (value is { } number && !double.IsFinite(number))
        {
            json[key + "_undefined"] = number.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>An object of named numbers, each written as <see cref="Add"/> writes it.</summary>
    public static JsonObject Object(params (string Key, double? Value)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var json = new JsonObject();
        foreach (var (key, value) in entries)
        {
            Add(json, key, value);
        }

        return json;
    }
}
