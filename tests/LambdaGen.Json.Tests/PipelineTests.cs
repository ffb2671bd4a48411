using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LambdaGen.Json.Tests;

/// <summary>
/// The JSON entry points wired the way the lead's pipeline calls them (a test-only generator): graphs built in the
/// ForAttributeWithMetadataName transform, merged once per compilation. An edit that does not touch a wire type
/// leaves the merged spec cached and the output unchanged.
/// </summary>
public sealed class PipelineTests
{
    private sealed class JsonOnlyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var graphs = context.SyntaxProvider.ForAttributeWithMetadataName(
                    WellKnownNames.LambdaFunctionAttribute,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    static (ctx, ct) => JsonTypeGraphBuilder.Build(JsonWireTypes.Of((IMethodSymbol)ctx.TargetSymbol, ctx.SemanticModel.Compilation), ctx.SemanticModel.Compilation, ct))
                .WithTrackingName("Graphs");
            var options = context.CompilationProvider.Select(static (c, _) => JsonOptionsReader.Read(c)).WithTrackingName("Options");
            var spec = graphs.Collect().Combine(options)
                .Select(static (pair, _) => JsonMetadataEmitter.Merge(pair.Left, pair.Right))
                .WithTrackingName("Spec");
            context.RegisterSourceOutput(spec, static (spc, s) => spc.AddSource(JsonMetadataEmitter.HintName, JsonMetadataEmitter.Emit(s)));
        }
    }

    private const string Source = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using LambdaGen;
        namespace App;
        public sealed record Order(int Id, List<string> Tags);
        public static class Functions
        {
            [LambdaFunction] public static Task<Order> Handle(Order order) => Task.FromResult(order);
            public static int Helper() => 1;
        }
        """;

    [Fact]
    public void Unrelated_edits_keep_the_json_output_cached()
    {
        var compilation = JsonHarness.Compilation(Source);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new JsonOnlyGenerator().AsSourceGenerator() }, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        Assert.Contains("global::App.Order", first.GeneratedSources.Single().SourceText.ToString(), System.StringComparison.Ordinal);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Source.Replace("=> 1;", "=> 2;", System.StringComparison.Ordinal))));
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult().Results.Single();
        Assert.All(second.TrackedSteps["Graphs"].SelectMany(static s => s.Outputs), static o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
        Assert.All(second.TrackedSteps["Spec"].SelectMany(static s => s.Outputs), static o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
    }

    [Fact]
    public void Changing_a_wire_type_regenerates()
    {
        var compilation = JsonHarness.Compilation(Source);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new JsonOnlyGenerator().AsSourceGenerator() }, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Source.Replace("List<string> Tags", "List<string> Tags, string? Note", System.StringComparison.Ordinal))));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps["Spec"].SelectMany(static s => s.Outputs), static o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("\"Note\"", result.GeneratedSources.Single().SourceText.ToString(), System.StringComparison.Ordinal);
    }
}
