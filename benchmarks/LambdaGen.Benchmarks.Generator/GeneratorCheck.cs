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
            var next = driver.RunGenerators(edit(scenarios.Compilation));
            var result = next.GetRunResult().Results.Single();
            var reasons = result.TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs)
                .GroupBy(static o => o.Reason).OrderBy(static g => g.Key).Select(static g => $"{g.Key} {g.Count()}");
            var before = first.Results.Single().GeneratedSources.ToDictionary(static s => s.HintName, static s => s.SourceText.ToString(), StringComparer.Ordinal);
            var changed = result.GeneratedSources.Count(s => !before.TryGetValue(s.HintName, out var old) || old != s.SourceText.ToString());
            var steps = result.TrackedSteps.Where(static s => s.Value.Any(static r => r.Outputs.Any(static o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)))
                .Select(static s => s.Key).OrderBy(static k => k, StringComparer.Ordinal);
            Console.WriteLine($"  {name}: outputs {string.Join(", ", reasons)}; {changed} files changed text; steps re-run: {string.Join(", ", steps)}");
            var slowest = result.TrackedSteps
                .Select(static s => (s.Key, Ms: s.Value.Sum(static r => r.ElapsedTime.TotalMilliseconds)))
                .OrderByDescending(static s => s.Ms).Take(6)
                .Select(static s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Ms:F1} ms"));
            var transforms = result.TrackedSteps.TryGetValue("result_ForAttributeWithMetadataName", out var fawmn) ? fawmn : default;
            var byModel = transforms.IsDefault ? Enumerable.Empty<string>() : transforms
                .GroupBy(static r => r.Outputs.Select(static o => o.Value).FirstOrDefault(static v => v is not null)?.GetType().Name ?? "(none)")
                .Select(static g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()} {g.Sum(static r => r.ElapsedTime.TotalMilliseconds):F1} ms"));
            Console.WriteLine($"    attribute transforms by model: {string.Join(", ", byModel)}");
            Console.WriteLine($"    slowest steps: {string.Join(", ", slowest)}; run {next.GetTimingInfo().ElapsedTime.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms");
        }
    }
}
