using LambdaGen.Testing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Interop.Tests;

/// <summary>The AWS steps read the compilation on every edit; their equatable models keep the outputs cached.</summary>
public sealed class InteropCachingTests
{
    private const string Handlers = """
        using System.IO;
        using LambdaGen;
        using Amazon.Lambda.Core;
        using ILambdaContext = Amazon.Lambda.Core.ILambdaContext;

        [assembly: LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]

        public sealed class Order { public string Id { get; set; } = ""; }

        public static class Handlers
        {
            [LambdaFunction]
            public static Order Echo(Order order, ILambdaContext context) => order;
        }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_the_adapter_the_entry_points_and_the_AWS_Main_cached()
    {
        var compilation = InteropHarness.Compile([Handlers, "public static class Other { }"], aws: true, OutputKind.ConsoleApplication);
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["OutputType"] = "Exe", ["LambdaGenRuntime"] = "Aws" }).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Last();

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// touched\n"))));

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.GeneratedSources, static s => s.HintName == "Interop/AwsLambdaContext.g.cs");
        Assert.Contains(result.GeneratedSources, static s => s.SourceText.ToString().Contains("LambdaBootstrapBuilder.Create(handler)", StringComparison.Ordinal));
        var outputs = result.TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, static o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output was {o.Reason}"));
        Assert.All(result.TrackedSteps["AwsTypes"].SelectMany(static s => s.Outputs), static o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }
}
