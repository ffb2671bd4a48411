using BenchmarkDotNet.Running;
using LambdaGen.Benchmarks.Generator;

// Run: dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --filter '*' --job short
// Or:  dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --check [N]
//      (one run of each scenario: what the generator re-ran and how many files changed, no timing)
if (args.Length > 0 && args[0] == "--check")
{
    GeneratorCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorScaleBenchmarks).Assembly).Run(args);
