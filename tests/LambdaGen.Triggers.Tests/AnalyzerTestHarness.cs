using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Triggers.Tests;

/// <summary>
/// Runs <see cref="LambdaGen.Generators.Analyzers.Triggers.TriggerAttributeAnalyzer"/> on a source written with
/// <c>{|LG0301:span|}</c> markup and asserts that exactly the marked diagnostics are reported on exactly those spans.
/// </summary>
internal static class AnalyzerTestHarness
{
    public const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using LambdaGen;
        using LambdaGen.Events;

        """;

    private static readonly ImmutableArray<MetadataReference> s_references =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(SqsTriggerAttribute).Assembly.Location)];

    public static async Task VerifyAsync(string markup, bool withRuntime = true)
    {
        var (source, expected) = Parse(Usings + markup);
        var diagnostics = await AnalyzeAsync(source, withRuntime);
        var actual = diagnostics
            .Select(static d => $"{d.Id}@{d.Location.SourceSpan}")
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToList();
        var wanted = expected.Select(static e => $"{e.Id}@{e.Span}").OrderBy(static s => s, StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(actual),
            $"expected [{string.Join(", ", wanted)}]\nactual   [{string.Join(", ", actual)}]\n" + string.Join("\n", diagnostics.Select(d => $"{d} «{Text(source, d.Location.SourceSpan)}»")));
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, bool withRuntime = true)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Functions.cs");
        var references = withRuntime ? s_references : [.. Basic.Reference.Assemblies.Net100.References.All];
        var compilation = CSharpCompilation.Create("UserApp", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0 || !withRuntime, "the test source does not compile:\n" + string.Join("\n", errors));
        var analyzer = new LambdaGen.Generators.Analyzers.Triggers.TriggerAttributeAnalyzer();
        return await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
    }

    private static string Text(string source, TextSpan span) => span.End <= source.Length ? source.Substring(span.Start, span.Length) : "";

    private static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var expected = new List<(string, TextSpan)>();
        var output = new StringBuilder();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i);
                open.Push((markup.Substring(i + 2, colon - i - 2), output.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add((id, TextSpan.FromBounds(start, output.Length)));
                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }

        return (output.ToString(), expected);
    }
}
