using System.Text.Json.Serialization;
using SkipNet.Reference;
using static SkipNet.Checker.Json.JsonNumber;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.Json;

/// <summary>A scalar point as JSON: {"x", "y", "w0", "w1", "w2", "w3"}, each number as <see cref="JsonNumber"/> writes it.</summary>
public sealed record PointJson(
    double? X, [property: JsonIgnore(Condition = WhenWritingNull)] string? XUndefined,
    double? Y, [property: JsonIgnore(Condition = WhenWritingNull)] string? YUndefined,
    double? W0, [property: JsonIgnore(Condition = WhenWritingNull)] string? W0Undefined,
    double? W1, [property: JsonIgnore(Condition = WhenWritingNull)] string? W1Undefined,
    double? W2, [property: JsonIgnore(Condition = WhenWritingNull)] string? W2Undefined,
    double? W3, [property: JsonIgnore(Condition = WhenWritingNull)] string? W3Undefined)
{
    public static PointJson Of(Sample s, Parameters p)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(p);
        return new PointJson(
            Finite(s.X), Undefined(s.X), Finite(s.Y), Undefined(s.Y), Finite(p.W0), Undefined(p.W0),
            Finite(p.W1), Undefined(p.W1), Finite(p.W2), Undefined(p.W2), Finite(p.W3), Undefined(p.W3));
    }
}
