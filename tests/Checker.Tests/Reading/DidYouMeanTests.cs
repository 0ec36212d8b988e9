using SkipNet.Checker.Reading;

namespace SkipNet.Checker.Tests.Reading;

/// <summary>
/// The hint for a misspelt name: the nearest known name by Levenshtein distance (each distance below counted by hand),
/// offered when it is within max(2, ⌊length/3⌋) edits.
/// </summary>
public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("valeus", "values")]      // two substitutions (e↔u)
    [InlineData("formula", "formulas")]   // one insertion
    [InlineData("givne", "given")]        // two substitutions
    [InlineData("Given", "given")]        // case is ignored: distance 0
    [InlineData("learningrate", "learning_rate")] // one insertion
    public void Hint_NearName_NamesIt(string written, string expected) =>
        Assert.Equal($"; did you mean '{expected}'?", DidYouMean.Hint(written, ["values", "formulas", "given", "learning_rate"]));

    [Theory]
    [InlineData("lr")]            // max(2, 0) = 2 edits allowed; every name is 4 or more away
    [InlineData("weights")]       // 2 allowed; given, values, formulas and learning_rate are all 5 or more away
    [InlineData("xyz")]
    public void Hint_FarName_IsEmpty(string written) =>
        Assert.Equal("", DidYouMean.Hint(written, ["values", "formulas", "given", "learning_rate"]));

    [Fact]
    public void Hint_NineLetters_AllowsThreeEditsButNotFour()
    {
        Assert.Equal("; did you mean 'abcdefxyz'?", DidYouMean.Hint("abcdefghi", ["abcdefxyz"]));
        Assert.Equal("", DidYouMean.Hint("abcdefghi", ["abcdewxyz"]));
    }

    [Fact]
    public void Hint_Tie_NamesTheFirstKnown() =>
        Assert.Equal("; did you mean 'ay'?", DidYouMean.Hint("ab", ["ay", "ax", "az"]));

    [Fact]
    public void Hint_NothingKnown_IsEmpty() => Assert.Equal("", DidYouMean.Hint("values", []));

    [Fact]
    public void Hint_Null_IsRefusedByName()
    {
        Assert.Equal("written", Assert.Throws<ArgumentNullException>(() => DidYouMean.Hint(null!, ["a"])).ParamName);
        Assert.Equal("known", Assert.Throws<ArgumentNullException>(() => DidYouMean.Hint("a", null!)).ParamName);
    }
}
