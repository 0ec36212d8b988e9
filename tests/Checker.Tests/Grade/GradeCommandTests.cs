using System.Text.Json;
using System.Text.Json.Nodes;
using SkipNet.Checker.Grading;
using SkipNet.Checker.Reporting;

namespace SkipNet.Checker.Tests.Grade;

/// <summary>
/// <c>skipnet grade</c> on generated classes whose mistakes were planted: every file's wrong items and the class
/// summary equal what the planting says; the output does not depend on the threads; a file's marks are its
/// <c>check</c> marks; unusable files are rows, not failures.
/// </summary>
public sealed class GradeCommandTests
{
    [Fact]
    public void Grade_200PlantedSubmissions_WrongItemsAndSummaryEqualThePlanting()
    {
        var submissions = PlantedClass.Generate(200, seed: 15);
        var directory = PlantedClass.Write(submissions);
        try
        {
            var run = CliRun.Of("grade", directory, "--format", "json");
            Assert.Equal(0, run.ExitCode);
            var json = JsonNode.Parse(run.Output)!;
            var files = json["files"]!.AsArray();
            var expected = submissions.OrderBy(s => Path.Combine(directory, s.Name), StringComparer.Ordinal).ToList();
            Assert.Equal(200, files.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var (file, s) = (files[i]!, expected[i]);
                var why = $"{s.Name}: {string.Join(", ", s.Mistakes.Select(m => m.Kind))}";
                Assert.Equal(Path.Combine(directory, s.Name), (string)file["path"]!);
                Assert.True(s.ExpectedWrong.SequenceEqual(file["wrong"]!.AsArray().Select(n => (string)n!).Order(StringComparer.Ordinal)), why + ": " + file["wrong"]!.ToJsonString());
                Assert.Equal(s.ExpectedWrong.Count, (int)file["counts"]!["wrong"]!);
                Assert.Equal(s.ExpectedCarried, (int)file["counts"]!["carried"]!);
                Assert.Equal(s.Mistakes.Count == 0 ? 0 : 1, (int)file["exit"]!);
            }

            // The summary: how many files carry each wrong item and each diagnosis, counted from the planting.
            var summary = json["summary"]!;
            var plantedItems = expected.SelectMany(s => s.ExpectedWrong).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
            var mistakes = summary["mistakes"]!.AsArray().ToDictionary(m => (string)m!["name"]!, m => (int)m!["files"]!);
            Assert.Equal(plantedItems, mistakes);
            var plantedDiagnoses = expected.SelectMany(s => s.ExpectedDiagnoses).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
            var diagnoses = summary["diagnoses"]!.AsArray().ToDictionary(m => (string)m!["diagnosis"]!, m => (int)m!["files"]!);
            Assert.Equal(plantedDiagnoses, diagnoses);
            Assert.Equal(4, diagnoses.Count);
            // Sorted by files, most first, ties by name.
            var order = summary["mistakes"]!.AsArray().Select(m => ((int)m!["files"]!, (string)m["name"]!)).ToList();
            Assert.Equal(order.OrderByDescending(t => t.Item1).ThenBy(t => t.Item2, StringComparer.Ordinal), order);
            Assert.Equal(200, (int)summary["graded"]!);
            Assert.Equal(expected.Count(s => s.Mistakes.Count == 0), files.Count(f => (int)f!["exit"]! == 0));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Grade_OneThreadOrTwo_SameJsonButTheSpeed()
    {
        var directory = PlantedClass.Write(PlantedClass.Generate(24, seed: 3));
        try
        {
            var one = CliRun.Of("grade", directory, "--format", "json", "--threads", "1");
            var two = CliRun.Of("grade", directory, "--format", "json", "--threads", "2");
            Assert.Equal(Findings(one.Output), Findings(two.Output));
            Assert.Equal(24, JsonNode.Parse(one.Output)!["files"]!.AsArray().Count);
            Assert.Equal(one.Output.Split('\n').Length, two.Output.Split('\n').Length);

            var textOne = CliRun.Of("grade", directory, "--threads", "1").Output.Split('\n');
            var textTwo = CliRun.Of("grade", directory, "--threads", "2").Output.Split('\n');
            // The text differs in its files/s line alone, the last.
            Assert.Equal(textOne.Length, textTwo.Length);
            Assert.Equal(new[] { textOne.Length - 2 }, Enumerable.Range(0, textOne.Length).Where(i => textOne[i] != textTwo[i]).DefaultIfEmpty(textOne.Length - 2));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void GradeRow_AFewFiles_EqualTheirCheckMarks()
    {
        var submissions = PlantedClass.Generate(6, seed: 8);
        var directory = PlantedClass.Write(submissions);
        try
        {
            var files = JsonNode.Parse(CliRun.Of("grade", directory, "--format", "json").Output)!["files"]!.AsArray();
            Assert.Equal(6, files.Count);
            foreach (var file in files)
            {
                var path = (string)file!["path"]!;
                var check = CliRun.Of("check", path, "--format", "json");
                var report = JsonNode.Parse(check.Output)!;
                Assert.Equal(check.ExitCode, (int)file["exit"]!);
                foreach (var count in new[] { "right", "wrong", "carried" })
                {
                    Assert.Equal((int)report["summary"]![count]!, (int)file["counts"]![count]!);
                }

                var wrong = report["values"]!.AsArray().Where(Wrong).Select(v => (string)v!["name"]!)
                    .Concat(report["formulas"]!.AsArray().Where(Wrong).Select(f => "formula:" + (string)f!["name"]!))
                    .Concat((report["steps"]?.AsArray() ?? []).Where(Wrong).Select(s => $"step:{(int)s!["line"]!}"))
                    .Distinct();
                Assert.Equal(wrong, file["wrong"]!.AsArray().Select(n => (string)n!));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        static bool Wrong(JsonNode? item) => (string)item!["verdict"]! == "wrong";
    }

    [Fact]
    public void Grade_UnusableFilesAmongGoodOnes_RowsWithExit2AndReason()
    {
        var directory = Directory.CreateTempSubdirectory("skipnet-class-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "good.md"), PlantedClass.CorrectMarkdown);
            File.WriteAllText(Path.Combine(directory, "nul.md"), "$$z_0 = 0.5$$\0");
            File.WriteAllText(Path.Combine(directory, "bad.yaml"), "values: [\n");
            File.WriteAllText(Path.Combine(directory, "empty.yml"), "");
            File.WriteAllText(Path.Combine(directory, "notes.txt"), "not a submission");
            var run = CliRun.Of("grade", directory, "--format", "json");
            Assert.Equal(0, run.ExitCode);
            var files = JsonNode.Parse(run.Output)!["files"]!.AsArray();
            Assert.Equal(["bad.yaml", "empty.yml", "good.md", "nul.md"], files.Select(f => Path.GetFileName((string)f!["path"]!)));
            Assert.Equal([2, 2, 0, 2], files.Select(f => (int)f!["exit"]!));
            Assert.StartsWith(Path.Combine(directory, "bad.yaml") + ":2:1: not valid YAML", (string)files[0]!["reason"]!, StringComparison.Ordinal);
            Assert.Equal(Path.Combine(directory, "empty.yml") + ":1:1: the file is empty", (string)files[1]!["reason"]!);
            Assert.Equal(Path.Combine(directory, "nul.md") + ": not a text file (it holds NUL bytes)", (string)files[3]!["reason"]!);
            Assert.Null(files[0]!["counts"]);
            Assert.Equal(91, (int)files[2]!["counts"]!["right"]!);
            var summary = JsonNode.Parse(run.Output)!["summary"]!;
            Assert.Equal((4, 1, 3), ((int)summary["files"]!, (int)summary["graded"]!, (int)summary["unusable"]!));

            // None usable: exit 2, the rows still printed, one line on standard error.
            File.Delete(Path.Combine(directory, "good.md"));
            var none = CliRun.Of("grade", directory, "--format", "json");
            Assert.Equal(2, none.ExitCode);
            Assert.Equal(3, JsonNode.Parse(none.Output)!["files"]!.AsArray().Count);
            Assert.Equal("skipnet grade: none of the 3 files could be judged\n", none.Error.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void GradedFile_Failed_Exit70WithTheInternalErrorsLine_NotGraded()
    {
        var failed = GradedFile.Failed("a.md", new InvalidOperationException("a bug\nits second line"));
        Assert.Equal((70, "internal error: InvalidOperationException: a bug"), ((int)failed.Exit, failed.Reason));
        Assert.Null(failed.Counts);
        var summary = ClassSummary.Of([failed, GradedFile.Unusable("b.yml", "b.yml:1:1: the file is empty")]);
        Assert.Equal((2, 0, 2), (summary.Files, summary.Graded, summary.Unusable));
    }

    [Fact]
    public void Grade_OutInsideTheClass_ItsFilesAreNoSubmissions()
    {
        var directory = PlantedClass.Write(PlantedClass.Generate(3, seed: 2));
        try
        {
            var outDir = Path.Combine(directory, "report");
            var first = CliRun.Of("grade", directory, "--out", outDir, "--format", "json");
            var second = CliRun.Of("grade", directory, "--out", outDir, "--format", "json");
            Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
            Assert.True(File.Exists(Path.Combine(outDir, "summary.json")));
            Assert.Equal(3, JsonNode.Parse(second.Output)!["files"]!.AsArray().Count);
            Assert.Equal(
                ["grades.csv", "index.html", "mistakes.png", "mistakes.svg", "reports", "summary.json"],
                Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(outDir, "reports")).Count());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("/no/such/class", "/no/such/class: no such file or directory")]
    [InlineData("EMPTY", "EMPTY: no submission found (.md, .markdown, .tex, .yaml, .yml, .json)")]
    public void Grade_NothingToGrade_OneLineExit2(string path, string message)
    {
        var empty = Directory.CreateTempSubdirectory("skipnet-empty-").FullName;
        try
        {
            var run = CliRun.Of("grade", path.Replace("EMPTY", empty, StringComparison.Ordinal));
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal(message.Replace("EMPTY", empty, StringComparison.Ordinal) + "\n", run.Error.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Theory]
    [InlineData("--threads", "0", "skipnet: --threads must be a whole number from 1 to 1024, not '0'\n")]
    [InlineData("--format", "xml", "skipnet: --format: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'csv'\n")]
    public void Grade_BadOption_OneLineExit2(string option, string value, string message)
    {
        var run = CliRun.Of("grade", ".", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void GradesCsv_NameWithCommaAndQuote_RoundTrips()
    {
        var directory = Directory.CreateTempSubdirectory("skipnet-class-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "Smith, \"Jo\".md"), PlantedMistake.LossSum.Plant(PlantedClass.CorrectMarkdown, markdown: true));
            File.WriteAllText(Path.Combine(directory, "plain.yaml"), PlantedClass.CorrectYaml);
            File.WriteAllText(Path.Combine(directory, "zero.yaml"), "");
            var run = CliRun.Of("grade", directory, "--format", "csv");
            Assert.Equal(0, run.ExitCode);
            using var reader = new StringReader(run.Output);
            var rows = GradesCsv.Read(reader);
            var expected = new[]
            {
                new GradeRow { Path = Path.Combine(directory, "Smith, \"Jo\".md"), Exit = 1, Score = 89 / 91.0, Right = 89, Wrong = 2, Carried = 0, Unjudged = 0, Unread = 0, WrongItems = "loss step:15", Reason = "" },
                new GradeRow { Path = Path.Combine(directory, "plain.yaml"), Exit = 0, Score = 1, Right = 33, Wrong = 0, Carried = 0, Unjudged = 0, Unread = 0, WrongItems = "", Reason = "" },
                new GradeRow { Path = Path.Combine(directory, "zero.yaml"), Exit = 2, WrongItems = "", Reason = Path.Combine(directory, "zero.yaml") + ":1:1: the file is empty" },
            };
            // CSV has no null: a missing reason reads back empty, a missing count or score as null.
            Assert.Equal(expected, rows);
            // RFC 4180: the field with a comma and quotes is quoted, its quotes doubled; records end in CRLF.
            Assert.Contains($"\"{Path.Combine(directory, "Smith, \"\"Jo\"\".md")}\",1,", run.Output, StringComparison.Ordinal);
            Assert.Equal(4, run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Findings(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove(GradeReportJson.FilesPerSecondField));
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
