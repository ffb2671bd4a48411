using BenchmarkDotNet.Running;
using LambdaGen.Benchmarks.Generator;

// Run: dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --filter '*' --job short
// Or:  dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --check [N]
//      (one run of each scenario: what the generator re-ran and how many files changed, no timing)
// Or:  dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Generator -- --cost [N] [ILLink.RoslynAnalyzer.dll]
//      (what the generated code costs the compiler: bind+emit and the trim/AOT analyzers, in process, one thread)
// Or:  ... -- --cost-dir DIR [ILLink.RoslynAnalyzer.dll]   (the same for hand-written variants of the emitted code)
if (args.Length > 0 && args[0] == "--check")
{
    GeneratorCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

var illink = System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget/packages/microsoft.net.illink.tasks/10.0.12/analyzers/dotnet/cs/ILLink.RoslynAnalyzer.dll");
if (args.Length > 0 && args[0] == "--cost")
{
    EmittedCodeCost.RunApp(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000, args.Length > 2 ? args[2] : illink);
    return;
}

if (args.Length > 1 && args[0] == "--cost-dir")
{
    EmittedCodeCost.RunDirectory(args[1], args.Length > 2 ? args[2] : illink);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorScaleBenchmarks).Assembly).Run(args);
