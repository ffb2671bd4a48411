using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Benchmarks.Generator;

/// <summary>
/// Issue 10: the generator over an app of N functions. Full: a fresh driver over a fresh compilation (no semantic
/// state cached). The other three: a driver that has already run over the app, then one edit, as in the IDE.
/// Drivers are immutable, so every invocation starts from the same state.
/// </summary>
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks
{
    private GeneratorScenarios _scenarios = null!;
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _seen = null!;
    private GeneratorDriver _warmFloor = null!;

    [Params(1000)]
    public int Functions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenarios = new GeneratorScenarios(Functions, trackSteps: false);
        _seen = _scenarios.Compilation;
        _warm = _scenarios.CreateDriver().RunGenerators(_seen);
        _warmFloor = _scenarios.CreateDriver(floor: true).RunGenerators(_seen);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => _scenarios.CreateDriver().RunGenerators(_scenarios.Compilation.Clone());

    [Benchmark]
    public GeneratorDriver EditInsideMethodBody() => _warm.RunGenerators(_scenarios.EditMethodBody(_seen));

    [Benchmark]
    public GeneratorDriver AddOneFunction() => _warm.RunGenerators(_scenarios.AddFunction(_seen));

    /// <summary>The same edit through <see cref="FloorGenerator"/>: Roslyn's own share of an edit run.</summary>
    [Benchmark]
    public GeneratorDriver EditInsideMethodBody_FloorGenerator() => _warmFloor.RunGenerators(_scenarios.EditMethodBody(_seen));

    [Benchmark]
    public GeneratorDriver RenameOneRoute() => _warm.RunGenerators(_scenarios.RenameRoute(_seen));
}
