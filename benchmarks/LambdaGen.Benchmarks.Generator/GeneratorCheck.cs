using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Benchmarks.Generator;

/// <summary>
/// One untimed run of each scenario with step tracking on: which outputs re-ran (New/Modified), how many generated
/// files changed text, and the emitted size. Explains the timings of <see cref="GeneratorScaleBenchmarks"/>.
/// </summary>
public static class GeneratorCheck
{
    public static void Run(int count)
    {
        var scenarios = new GeneratorScenarios(count, trackSteps: true);
        var driver = scenarios.CreateDriver().RunGenerators(scenarios.Compilation);
        var first = driver.GetRunResult();
        var bytes = first.Results.SelectMany(static r => r.GeneratedSources).Sum(static s => (long)s.SourceText.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"N={count}: {first.GeneratedTrees.Length} files, {bytes} chars, {bytes / count} chars per function, {first.Diagnostics.Length} diagnostics"));
        foreach (var (name, edit) in new (string, Func<CSharpCompilation, CSharpCompilation>)[]
                 {
                     ("edit inside a method body", scenarios.EditMethodBody),
                     ("add one function", scenarios.AddFunction),
                     ("rename one route", scenarios.RenameRoute),
                 })
        {
            var result = driver.RunGenerators(edit(scenarios.Compilation)).GetRunResult().Results.Single();
            var reasons = result.TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs)
                .GroupBy(static o => o.Reason).OrderBy(static g => g.Key).Select(static g => $"{g.Key} {g.Count()}");
            var before = first.Results.Single().GeneratedSources.ToDictionary(static s => s.HintName, static s => s.SourceText.ToString(), StringComparer.Ordinal);
            var changed = result.GeneratedSources.Count(s => !before.TryGetValue(s.HintName, out var old) || old != s.SourceText.ToString());
            var steps = result.TrackedSteps.Where(static s => s.Value.Any(static r => r.Outputs.Any(static o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)))
                .Select(static s => s.Key).OrderBy(static k => k, StringComparer.Ordinal);
            Console.WriteLine($"  {name}: outputs {string.Join(", ", reasons)}; {changed} files changed text; steps re-run: {string.Join(", ", steps)}");
        }
    }
}
