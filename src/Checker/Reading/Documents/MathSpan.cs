namespace SkipNet.Checker.Reading.Documents;

/// <summary>The text of one math span of a document, and where it starts (1-based line and column of its text).</summary>
public sealed record MathSpan(int Line, int Column, string Text);
