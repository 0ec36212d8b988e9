using System.Globalization;
using SkipNet.Checker.Reading;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// A student working the exercise by hand, one step a line, each step from their own earlier values (masks and
/// signs from their own forward values, PyTorch's slope at a kink). <c>write</c> turns each value into what the
/// student writes down (rounded, or with a slip); later steps go on from what was written. Written here, apart
/// from the checker's own steps, so that the judge is tested against an independent derivation.
/// </summary>
public static class StudentWork
{
    /// <summary>Every claimable value, as written, in working order.</summary>
    public static IReadOnlyList<(string Name, string Text)> Of(Given given, Func<string, double, string> write)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(write);
        var (f, loss, rate) = (given.Variant.Activation, given.Variant.Loss, given.LearningRate);
        var (w, s) = (given.Weights, given.Sample);
        var written = new List<(string Name, string Text)>();
        var v = new Dictionary<string, double>
        {
            ["x"] = s.X, ["y"] = s.Y, ["w0"] = w.W0, ["w1"] = w.W1, ["w2"] = w.W2, ["w3"] = w.W3,
        };

        double Write(string name, double value)
        {
            var text = write(name, value);
            written.Add((name, text));
            return v[name] = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        Write("z0", v["w0"] * v["x"]);
        Write("h0", f.Value(v["z0"]));
        Write("z1", v["w1"] * v["h0"]);
        Write("h1", f.Value(v["z1"]));
        Write("z2", (v["w2"] * v["h1"]) + (v["w3"] * v["h0"]));
        Write("yhat", v["z2"]);
        Write("loss", loss.Value(v["y"] - v["yhat"]));
        Write("dL/dyhat", -loss.Derivative(v["y"] - v["yhat"]));
        Write("dL/dz2", v["dL/dyhat"]);
        Write("dL/dw2", v["dL/dz2"] * v["h1"]);
        Write("dL/dw3", v["dL/dz2"] * v["h0"]);
        Write("dL/dh1", v["dL/dz2"] * v["w2"]);
        Write("dL/dz1", v["dL/dh1"] * f.Derivative(v["z1"]));
        Write("dL/dw1", v["dL/dz1"] * v["h0"]);
        Write("dL/dh0", (v["dL/dz2"] * v["w3"]) + (v["dL/dz1"] * v["w1"]));
        Write("dL/dz0", v["dL/dh0"] * f.Derivative(v["z0"]));
        Write("dL/dw0", v["dL/dz0"] * v["x"]);
        foreach (var i in new[] { "0", "1", "2", "3" })
        {
            Write("updated.w" + i, v["w" + i] - (rate * v["dL/dw" + i]));
        }

        Write("second.z0", v["updated.w0"] * v["x"]);
        Write("second.h0", f.Value(v["second.z0"]));
        Write("second.z1", v["updated.w1"] * v["second.h0"]);
        Write("second.h1", f.Value(v["second.z1"]));
        Write("second.z2", (v["updated.w2"] * v["second.h1"]) + (v["updated.w3"] * v["second.h0"]));
        Write("second.yhat", v["second.z2"]);
        Write("second.loss", loss.Value(v["y"] - v["second.yhat"]));
        return written;
    }

    /// <summary>Every value to 17 significant digits, which read back to the same double and claim that precision (−0.5 written "-0.5" would claim one decimal).</summary>
    public static string Exact(string name, double value) => value.ToString("E16", CultureInfo.InvariantCulture);

    /// <summary>Written values as a submission.</summary>
    public static Submission AsSubmission(Given given, IEnumerable<(string Name, string Text)> values) =>
        new("generated", given, new Dictionary<string, string>(),
            values.Select(c => new ValueClaim(c.Name, c.Text, double.Parse(c.Text, NumberStyles.Float, CultureInfo.InvariantCulture), new SourcePlace("generated", 0, 0)))
                .ToList(),
            []);
}
