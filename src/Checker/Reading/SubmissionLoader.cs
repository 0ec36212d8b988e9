namespace SkipNet.Checker.Reading;

/// <summary>
/// Reads a derivation from YAML (or JSON, which YAML reads as it is): the file within <see cref="MaxBytes"/>, then
/// <see cref="YamlGuard"/>, then <see cref="SubmissionSchema"/>. Every problem is an <see cref="InputError"/>.
/// </summary>
public static class SubmissionLoader
{
    public const long MaxBytes = 1 << 20;

    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static Submission LoadFile(string path) => Load(ReadText(path), path);

    /// <summary>The text of the file at <paramref name="path"/>, at most <see cref="MaxBytes"/> long.</summary>
    public static string ReadText(string path)
    {
        var place = new SourcePlace(path, 0, 0);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputError(place, "no such file");
            }

            if (info.Length > MaxBytes)
            {
                throw new InputError(place, $"the file is {info.Length} bytes; at most {MaxBytes} (1 MiB) are read");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputError(place, $"cannot read the file: {e.Message}");
        }

        return text;
    }

    /// <summary>Reads and checks a derivation's text; <paramref name="source"/> names it in messages.</summary>
    public static Submission Load(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxBytes)
        {
            throw new InputError(new SourcePlace(source, 0, 0), $"the text is longer than {MaxBytes} characters");
        }

        return SubmissionSchema.Read(YamlGuard.Parse(text, source), source);
    }
}
