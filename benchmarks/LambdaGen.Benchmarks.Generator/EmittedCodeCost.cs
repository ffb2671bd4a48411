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
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Generator;

/// <summary>
/// What the generated code costs the compiler, measured in process on one thread so that a loaded machine moves the
/// figures less than it moves build wall times: binding and emitting the app with and without its generated files,
/// and the trim/AOT (ILLink) analyzers over the user's files and over the generated ones.
/// Usage: --cost [N] [ILLink.RoslynAnalyzer.dll]: the Scale app of N functions through the generator;
///        --cost-dir DIR [ILLink.RoslynAnalyzer.dll]: every *.cs under DIR, files under Gen/ or named *.g.cs counting as generated
///        (for trying out a different shape of emitted code by hand).
/// </summary>
public static class EmittedCodeCost
{
    private const int Rounds = 3;

    public static void RunApp(int count, string analyzerPath)
    {
        var scenarios = new GeneratorScenarios(count, trackSteps: false);
        scenarios.CreateDriver().RunGeneratorsAndUpdateCompilation(scenarios.Compilation, out var output, out _);
        var user = scenarios.Compilation.SyntaxTrees.ToList();
        var generated = output.SyntaxTrees.Skip(user.Count).ToList();
        Measure($"N={count}", user, generated, analyzerPath);
    }

    public static void RunDirectory(string directory, string analyzerPath)
    {
        var user = new List<SyntaxTree>();
        var generated = new List<SyntaxTree>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Where(static f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), GeneratorHarness.ParseOptions, path: file);
            var isGenerated = file.EndsWith(".g.cs", StringComparison.Ordinal) || file.Contains("/Gen/", StringComparison.Ordinal);
            (isGenerated ? generated : user).Add(tree);
        }

        Measure(directory, user, generated, analyzerPath);
    }

    private static void Measure(string label, List<SyntaxTree> user, List<SyntaxTree> generated, string analyzerPath)
    {
        var bytes = generated.Sum(static t => (long)t.GetText().Length);
        var errors = Compile(user.Concat(generated)).GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        foreach (var error in errors)
        {
            Console.WriteLine("error: " + error);
        }

        // A warm-up round, then the minimum of Rounds: the first compilation pays for JIT.
        _ = EmitMs(user);
        var userOnly = Enumerable.Range(0, Rounds).Min(_ => EmitMs(user));
        var withGenerated = Enumerable.Range(0, Rounds).Min(_ => EmitMs(user.Concat(generated)));

        var analyzers = new AnalyzerFileReference(Path.GetFullPath(analyzerPath), new Loader()).GetAnalyzers(LanguageNames.CSharp);
        var ids = analyzers.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        var all = user.Concat(generated).ToList();

        // The analyzers skip a tree on which all their diagnostics are suppressed, so each figure is the analysis of one
        // group of trees over the same compilation: the time spent in the analyzers' callbacks, as csc's ReportAnalyzer
        // counts it (binding done for them by the compiler is not included).
        double TrimOf(IEnumerable<SyntaxTree> analyzed) => Enumerable.Range(0, Rounds).Min(_ => TrimMs(all, analyzed.ToHashSet(), analyzers, ids));
        _ = TrimOf(all);
        var userTrim = TrimOf(user);
        var generatedTrim = TrimOf(generated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: generated {generated.Count} files, {bytes:N0} chars; bind+emit user only {userOnly:F0} ms, with generated {withGenerated:F0} ms (+{withGenerated - userOnly:F0}); " +
            $"ILLink analyzers over user files {userTrim:F0} ms, over generated files {generatedTrim:F0} ms"));
    }

    private static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Scale",
            trees,
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, concurrentBuild: false));

    private static double EmitMs(IEnumerable<SyntaxTree> trees)
    {
        var clock = Stopwatch.StartNew();
        using var stream = new MemoryStream();
        _ = Compile(trees).Emit(stream);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double TrimMs(List<SyntaxTree> trees, HashSet<SyntaxTree> analyzed, ImmutableArray<DiagnosticAnalyzer> analyzers, HashSet<string> ids)
    {
        var properties = new Dictionary<string, string>
        {
            ["OutputType"] = "Exe", ["PublishAot"] = "true",
            ["EnableTrimAnalyzer"] = "true", ["EnableAotAnalyzer"] = "true", ["EnableSingleFileAnalyzer"] = "true",
        };
        var compilation = Compile(trees);
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new Suppress(analyzed, ids)));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, GeneratorHarness.OptionsProvider(properties)),
            onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        _ = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return analyzers.Sum(analyzer => withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
    }

    /// <summary>Severity none for every id of the analyzers on the trees that are not analyzed.</summary>
    private sealed class Suppress(HashSet<SyntaxTree> analyzed, HashSet<string> ids) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Suppress;
            return !analyzed.Contains(tree) && ids.Contains(diagnosticId);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return false;
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
