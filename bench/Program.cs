using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench -- --filter '*'   (see bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(SkipNet.Bench.PerSample).Assembly).Run(args);
