using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace SkipNet.Checker.Judging;

/// <summary>An FsCheck runner that prints nothing and keeps the result, for properties checked at run time.</summary>
public sealed class ResultRunner : IRunner
{
    public TestResult? Result { get; private set; }

    public void OnStartFixture(Type testFixture)
    {
    }

    public void OnArguments(int testNumber, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
    }

    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
    }

    public void OnFinished(string name, TestResult testResult) => Result = testResult;
}
