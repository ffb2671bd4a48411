using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Generator;

/// <summary>
/// Which generated files the trim/AOT (ILLink) analyzers spend their time on: the analyzer assembly from the SDK's
/// ILLink pack is run over the app with its generated code, one syntax tree at a time, slowest files first.
/// Usage: --trim [N] [path to ILLink.RoslynAnalyzer.dll]
/// </summary>
public static class TrimAnalysisCheck
{
    public static void Run(int count, string analyzerPath)
    {
        var scenarios = new GeneratorScenarios(count, trackSteps: false);
        var properties = new Dictionary<string, string>
        {
            ["OutputType"] = "Exe", ["PublishAot"] = "true",
            ["EnableTrimAnalyzer"] = "true", ["EnableAotAnalyzer"] = "true", ["EnableSingleFileAnalyzer"] = "true",
        };
        scenarios.CreateDriver().RunGeneratorsAndUpdateCompilation(scenarios.Compilation, out var output, out _);
        var analyzers = new AnalyzerFileReference(Path.GetFullPath(analyzerPath), new Loader()).GetAnalyzers(LanguageNames.CSharp);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, GeneratorHarness.OptionsProvider(properties));
        var withAnalyzers = output.WithAnalyzers(analyzers, options);

        var times = new List<(string File, double Ms)>();
        foreach (var tree in output.SyntaxTrees)
        {
            var model = output.GetSemanticModel(tree);
            var clock = Stopwatch.StartNew();
            _ = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
            times.Add((tree.FilePath, clock.Elapsed.TotalMilliseconds));
        }

        var generated = times.Where(static t => t.File.Contains(".g.cs", StringComparison.Ordinal)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ILLink analyzers over N={count}: user files {times.Sum(static t => t.Ms) - generated.Sum(static t => t.Ms):F0} ms, generated files {generated.Sum(static t => t.Ms):F0} ms"));
        foreach (var group in generated.GroupBy(static t => Path.GetFileName(Path.GetDirectoryName(t.File)) ?? "").OrderByDescending(static g => g.Sum(static t => t.Ms)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key}/: {group.Count()} files, {group.Sum(static t => t.Ms):F0} ms"));
        }

        foreach (var (file, ms) in generated.OrderByDescending(static t => t.Ms).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F0} ms  {Path.GetFileName(file)}"));
        }
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
