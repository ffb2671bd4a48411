using LambdaGen.Generators.Analyzers.Hygiene;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LambdaGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer (and optionally its code fix) over markup sources with the LambdaGen runtime referenced.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string Usings = "using System; using System.Collections.Generic; using System.Linq; using System.Net.Http; using System.Threading; using System.Threading.Tasks; using LambdaGen;\n";

    public static Task Analyzer(string source, string? editorConfig = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        Configure(test, source, editorConfig);
        return test.RunAsync();
    }

    /// <summary>
    /// <paramref name="fixedSource"/> is the result of fixing one diagnostic at a time; <paramref name="fixAllSource"/>
    /// (default: the same) the result of Fix All, which the library checks in document, project and solution scope.
    /// Diagnostics left in the fixed sources are written as markup and must be reported there.
    /// </summary>
    public static Task Fix<TFix>(string source, string fixedSource, string? fixAllSource = null, int? fixAllIterations = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>();
        Configure(test, source, null);
        test.FixedCode = Usings + fixedSource;
        test.BatchFixedCode = Usings + (fixAllSource ?? fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        if (fixAllIterations is { } n)
            test.NumberOfFixAllIterations = n;
        return test.RunAsync();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, string source, string? editorConfig)
        where TVerifier : IVerifier, new()
    {
        test.TestCode = Usings + source;
        test.ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        if (editorConfig is not null)
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + editorConfig));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
            return solution.WithProjectParseOptions(projectId, parse);
        });
    }
}
