using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project benchmarks/LambdaGen.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry type for BenchmarkSwitcher.</summary>
public partial class Program
{
}
