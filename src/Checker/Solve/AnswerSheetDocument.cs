using System.Text.Json.Serialization;
using SkipNet.Checker.Json;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.Solve;

/// <summary>The answer sheet's JSON: given, forward, gradients, updated, second, kinks, and "variant" unless ReLU and L1.</summary>
public sealed record AnswerSheetDocument(
    SheetGiven Given,
    SheetForward Forward,
    SheetGradients Gradients,
    SheetWeights Updated,
    SheetSecond Second,
    IReadOnlyList<string> Kinks,
    [property: JsonIgnore(Condition = WhenWritingNull)] VariantJson? Variant);

/// <summary>"given": the point and the learning rate.</summary>
public sealed record SheetGiven(double X, double Y, double W0, double W1, double W2, double W3, double Lr);

/// <summary>"forward": every node of the first pass.</summary>
public sealed record SheetForward(double Z0, double H0, double Z1, double H1, double Z2, double Yhat, double Loss);

/// <summary>"gradients": ∂L/∂(·), keyed as written, "dL/dyhat".</summary>
public sealed record SheetGradients(
    [property: JsonPropertyName("dL/dyhat")] double DLdYHat,
    [property: JsonPropertyName("dL/dz2")] double DLdZ2,
    [property: JsonPropertyName("dL/dw2")] double DLdW2,
    [property: JsonPropertyName("dL/dw3")] double DLdW3,
    [property: JsonPropertyName("dL/dh1")] double DLdH1,
    [property: JsonPropertyName("dL/dz1")] double DLdZ1,
    [property: JsonPropertyName("dL/dw1")] double DLdW1,
    [property: JsonPropertyName("dL/dh0")] double DLdH0,
    [property: JsonPropertyName("dL/dz0")] double DLdZ0,
    [property: JsonPropertyName("dL/dw0")] double DLdW0);

/// <summary>"updated": the weights after one SGD step.</summary>
public sealed record SheetWeights(double W0, double W1, double W2, double W3);

/// <summary>"second": the second forward pass's ŷ and L.</summary>
public sealed record SheetSecond(double Yhat, double Loss);
