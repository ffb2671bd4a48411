using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Routing -- --filter '*'
// dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks.Routing -- quick   (plain loops, seconds)
if (args is ["quick"])
{
    LambdaGen.Benchmarks.Routing.Quick.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LambdaGen.Benchmarks.Routing.RouteMatchingBenchmarks).Assembly).Run(args);
