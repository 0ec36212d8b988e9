using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>
/// PyTorch's answers, read from peers/pytorch/conformance.json (written by peers/pytorch/conformance.py, copied beside
/// the test assembly): the exercise network at each point, every activation × loss at widths 1,1,1,1, and the
/// vectorised network at several widths.
/// </summary>
public sealed record ConformanceVectors(
    string TorchVersion,
    IReadOnlyList<TorchExercisePoint> Exercise,
    IReadOnlyList<TorchWidePoint> Variants,
    IReadOnlyList<TorchWidePoint> Wide)
{
    /// <summary>The committed file, as copied to the test output.</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "PyTorch", "conformance.json");

    private static readonly Lazy<ConformanceVectors> Committed = new(() => Load(DefaultPath));

    /// <summary>The committed vectors, read once.</summary>
    public static ConformanceVectors Default => Committed.Value;

    /// <summary>Reads the vectors from a file.</summary>
    public static ConformanceVectors Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var exercise = root.GetProperty("exercise");
        var columns = exercise.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var variants =
            from set in root.GetProperty("variants").EnumerateArray()
            from point in set.GetProperty("points").EnumerateArray()
            select WidePoint(point, set.GetProperty("variant"));
        return new ConformanceVectors(
            root.GetProperty("torch").GetString()!,
            exercise.GetProperty("rows").EnumerateArray().Select(row => ExercisePoint(row, columns)).ToArray(),
            variants.ToArray(),
            root.GetProperty("wide").EnumerateArray().Select(point => WidePoint(point, point.GetProperty("variant"))).ToArray());
    }

    private static TorchExercisePoint ExercisePoint(JsonElement row, IReadOnlyList<string> columns)
    {
        var cells = row.EnumerateArray().ToArray();
        double Number(string column) => cells[Index(columns, column)].GetDouble();
        return new TorchExercisePoint(
            cells[Index(columns, "kind")].GetString()!,
            new Parameters(Number("w0"), Number("w1"), Number("w2"), Number("w3")),
            new Sample(Number("x"), Number("y")),
            Number("loss"),
            TorchExercisePoint.GradientNodes.ToDictionary(node => node, node => Number("d" + Name(node))),
            Nodes.Inputs.Select(node => cells[Index(columns, "gradcheck_" + Name(node))].GetBoolean()).ToArray());
    }

    private static TorchWidePoint WidePoint(JsonElement point, JsonElement variant)
    {
        var weights = new WeightMatrices(Matrix(point, "W0"), Matrix(point, "W1"), Matrix(point, "W2"), Matrix(point, "W3"));
        var sample = new VectorSample(Vector(point, "x"), Vector(point, "y"));
        var gradients = new Dictionary<Entry, double>();
        foreach (var node in new[] { Node.W0, Node.W1, Node.W2, Node.W3 })
        {
            var g = Matrix(point, "d" + node);
            foreach (var (row, column, value) in g.EnumerateIndexed())
            {
                gradients[new Entry(node, row, column)] = value;
            }
        }

        foreach (var node in new[] { Node.X, Node.Z0, Node.H0, Node.Z1, Node.H1, Node.Z2 })
        {
            var g = Vector(point, "d" + Name(node));
            for (var i = 0; i < g.Count; i++)
            {
                gradients[new Entry(node, i)] = g[i];
            }
        }

        var verdicts = point.GetProperty("gradcheck");
        return new TorchWidePoint(
            VariantOf(variant), weights, sample, point.GetProperty("loss").GetDouble(),
            new TorchForward(Vector(point, "z0"), Vector(point, "h0"), Vector(point, "z1"), Vector(point, "h1"), Vector(point, "z2")),
            gradients,
            verdicts.ValueKind == JsonValueKind.Array ? verdicts.EnumerateArray().Select(v => v.GetBoolean()).ToArray() : [verdicts.GetBoolean()],
            point.TryGetProperty("seam", out var seam) ? seam.GetString()! : "none");
    }

    private static Variant VariantOf(JsonElement v)
    {
        var activation = Enum.Parse<ActivationKind>(v.GetProperty("activation").GetString()!.Replace("-", ""), ignoreCase: true);
        var loss = Enum.Parse<LossKind>(v.GetProperty("loss").GetString()!, ignoreCase: true);
        return new Variant(
            Activation.Of(activation, v.TryGetProperty("slope", out var slope) ? slope.GetDouble() : Activation.DefaultSlope),
            LossFunction.Of(loss, v.TryGetProperty("delta", out var delta) ? delta.GetDouble() : LossFunction.DefaultDelta));
    }

    private static Matrix<double> Matrix(JsonElement point, string name) =>
        Matrix<double>.Build.DenseOfRows(point.GetProperty(name).EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetDouble())));

    private static Vector<double> Vector(JsonElement point, string name) =>
        Vector<double>.Build.DenseOfEnumerable(point.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()));

    private static int Index(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        throw new InvalidDataException($"conformance.json has no column {name}");
    }

    // The file's names: w0 … w3, x, z0, h0, z1, h1, z2.
    private static string Name(Node node) => node.ToString().ToLowerInvariant();
}
