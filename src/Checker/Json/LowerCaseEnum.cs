using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkipNet.Checker.Json;

/// <summary>An enum written as its name in snake_case; every verdict is one word, so Verdict.Right is "right", CheckVerdict.Mismatch "mismatch".</summary>
public sealed class LowerCaseEnum<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower)
    where TEnum : struct, Enum;
