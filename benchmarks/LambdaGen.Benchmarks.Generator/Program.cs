using BenchmarkDotNet.Running;
using LambdaGen.Benchmarks.Generator;

// Run: dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --filter '*' --job short
// Or:  dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --check [N]
//      (one run of each scenario: what the generator re-ran and how many files changed, no timing)
// Or:  dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --trim [N] [ILLink.RoslynAnalyzer.dll]
//      (time of the trim/AOT analyzers per generated file)
if (args.Length > 0 && args[0] == "--check")
{
    GeneratorCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args.Length > 0 && args[0] == "--trim")
{
    TrimAnalysisCheck.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        args.Length > 2 ? args[2] : System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget/packages/microsoft.net.illink.tasks/10.0.12/analyzers/dotnet/cs/ILLink.RoslynAnalyzer.dll"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorScaleBenchmarks).Assembly).Run(args);
