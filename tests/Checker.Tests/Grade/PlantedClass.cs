using System.Globalization;

namespace SkipNet.Checker.Tests.Grade;

/// <summary>
/// A generated class: the correct derivation of the worked example (Markdown, as <c>skipnet solve --format latex</c>
/// writes it, one equation a paragraph; and the same values in YAML), and submissions that each carry 0–3 distinct
/// <see cref="PlantedMistake"/>s, seeded; what each file should be marked is derived from the planting alone.
/// </summary>
public static class PlantedClass
{
    /// <summary>The correct derivation in Markdown: 91 items, all right (l. 15 L, l. 17 ∂L/∂ŷ, l. 31 ∂L/∂h0, l. 41 w2′, l. 47 L′).</summary>
    public const string CorrectMarkdown = """
# Exercise 2

$$z_0 = w_0 \cdot x = 0.5 \cdot 1 = 0.5$$

$$h_0 = \operatorname{ReLU}(z_0) = \operatorname{ReLU}(0.5) = 0.5$$

$$z_1 = w_1 \cdot h_0 = 0.5 \cdot 0.5 = 0.25$$

$$h_1 = \operatorname{ReLU}(z_1) = \operatorname{ReLU}(0.25) = 0.25$$

$$z_2 = w_2 \cdot h_1 + w_3 \cdot h_0 = 0.5 \cdot 0.25 + 0.5 \cdot 0.5 = 0.375$$

$$\hat{y} = z_2 = 0.375$$

$$L = |y - \hat{y}| = |3 - 0.375| = 2.625$$

$$\frac{\partial L}{\partial \hat{y}} = \operatorname{sign}(\hat{y} - y) = \operatorname{sign}(0.375 - 3) = -1$$

$$\frac{\partial L}{\partial z_2} = \frac{\partial L}{\partial \hat{y}} = -1$$

$$\frac{\partial L}{\partial w_2} = \frac{\partial L}{\partial z_2} \cdot h_1 = (-1) \cdot 0.25 = -0.25$$

$$\frac{\partial L}{\partial w_3} = \frac{\partial L}{\partial z_2} \cdot h_0 = (-1) \cdot 0.5 = -0.5$$

$$\frac{\partial L}{\partial h_1} = \frac{\partial L}{\partial z_2} \cdot w_2 = (-1) \cdot 0.5 = -0.5$$

$$\frac{\partial L}{\partial z_1} = \frac{\partial L}{\partial h_1} \cdot \operatorname{ReLU}'(z_1) = (-0.5) \cdot 1 = -0.5$$

$$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial z_1} \cdot h_0 = (-0.5) \cdot 0.5 = -0.25$$

$$\frac{\partial L}{\partial h_0} = \frac{\partial L}{\partial z_2} \cdot w_3 + \frac{\partial L}{\partial z_1} \cdot w_1 = (-1) \cdot 0.5 + (-0.5) \cdot 0.5 = -0.5 + (-0.25) = -0.75$$

$$\frac{\partial L}{\partial z_0} = \frac{\partial L}{\partial h_0} \cdot \operatorname{ReLU}'(z_0) = (-0.75) \cdot 1 = -0.75$$

$$\frac{\partial L}{\partial w_0} = \frac{\partial L}{\partial z_0} \cdot x = (-0.75) \cdot 1 = -0.75$$

$$w_0' = w_0 - \alpha  \cdot \frac{\partial L}{\partial w_0} = 0.5 - 1 \cdot (-0.75) = 1.25$$

$$w_1' = w_1 - \alpha  \cdot \frac{\partial L}{\partial w_1} = 0.5 - 1 \cdot (-0.25) = 0.75$$

$$w_2' = w_2 - \alpha  \cdot \frac{\partial L}{\partial w_2} = 0.5 - 1 \cdot (-0.25) = 0.75$$

$$w_3' = w_3 - \alpha  \cdot \frac{\partial L}{\partial w_3} = 0.5 - 1 \cdot (-0.5) = 1$$

$$\hat{y}' = w_2' \cdot \operatorname{ReLU}(w_1' \cdot \operatorname{ReLU}(w_0' \cdot x)) + w_3' \cdot \operatorname{ReLU}(w_0' \cdot x) = 0.75 \cdot \operatorname{ReLU}(0.75 \cdot \operatorname{ReLU}(1.25 \cdot 1)) + 1 \cdot \operatorname{ReLU}(1.25 \cdot 1) = 1.953125$$

$$L' = |y - \hat{y}'| = |3 - 1.953125| = 1.046875$$
""";

    /// <summary>The correct derivation in YAML, <c>check</c>'s own: 23 values and 10 formulas, all right.</summary>
    public const string CorrectYaml = CheckCommandTests.CorrectDerivation;

    /// <summary>One generated file: its name (relative to the class folder) and the mistakes planted in it.</summary>
    public sealed record Submission(string Name, IReadOnlyList<PlantedMistake> Mistakes)
    {
        public bool IsMarkdown => Name.EndsWith(".md", StringComparison.Ordinal);

        /// <summary>The wrong items the planting makes, as <c>grade</c> names them, sorted.</summary>
        public IReadOnlyList<string> ExpectedWrong => [.. Mistakes.SelectMany(m => m.Wrong(IsMarkdown)).Order(StringComparer.Ordinal)];

        public int ExpectedCarried => IsMarkdown ? Mistakes.Sum(m => m.CarriedInMarkdown) : 0;

        public IReadOnlyList<string> ExpectedDiagnoses => [.. Mistakes.Select(m => m.Diagnosis).OfType<string>().Order(StringComparer.Ordinal)];

        public string Text => Mistakes.Aggregate(IsMarkdown ? CorrectMarkdown : CorrectYaml, (text, m) => m.Plant(text, IsMarkdown));
    }

    /// <summary><paramref name="count"/> submissions, in two groups of folders, Markdown or YAML and 0–3 mistakes each, drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<Submission> Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var mistakes = PlantedMistake.All.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToArray();
            var extension = random.Next(2) == 0 ? ".md" : ".yaml";
            return new Submission($"group-{(i % 2 == 0 ? "a" : "b")}/student-{i.ToString("D3", CultureInfo.InvariantCulture)}{extension}", mistakes);
        })];
    }

    /// <summary>Writes the submissions under a fresh temporary folder and returns it.</summary>
    public static string Write(IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var directory = Directory.CreateTempSubdirectory("skipnet-class-").FullName;
        foreach (var s in submissions)
        {
            var path = Path.Combine(directory, s.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, s.Text);
        }

        return directory;
    }
}
