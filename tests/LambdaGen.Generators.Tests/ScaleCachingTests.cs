using System.Text;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Generators.Tests;

/// <summary>Issue 10: at N = 200 functions, an edit inside one method body regenerates nothing.</summary>
public sealed class ScaleCachingTests
{
    /// <summary>
    /// One file per function, rotating through five kinds: a stream function, an HTTP GET with route and query
    /// binding, a task function, an HTTP POST with a JSON body, and an SQS trigger whose messages carry JSON.
    /// </summary>
    public static IReadOnlyList<string> App(int count)
    {
        var files = new List<string>
        {
            """
            [assembly: LambdaGen.LambdaApplication("scale", DefaultTimeout = 10)]
            namespace Scale;
            public sealed record Payload(int Id, string Name, string[] Tags);
            """,
        };
        for (var i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            body.Append($$"""
                using System.IO;
                using System.Threading;
                using System.Threading.Tasks;
                using LambdaGen;
                using LambdaGen.Events;
                namespace Scale;
                public static class F{{i}}
                {
                """);
            body.Append((i % 5) switch
            {
                0 => $$"""
                        [LambdaFunction]
                        public static Stream Run{{i}}(Stream input, ILambdaContext context) { var x = {{i}}; return input; }
                    """,
                1 => $$"""
                        [HttpGet("/r{{i}}/{id:int}")]
                        public static string Get{{i}}(int id, string? q, CancellationToken ct) { var x = {{i}}; return "r" + id + q; }
                    """,
                2 => $$"""
                        [LambdaFunction]
                        public static Task Work{{i}}(ILambdaContext context) { var x = {{i}}; return Task.CompletedTask; }
                    """,
                3 => $$"""
                        [HttpPost("/r{{i}}/{id:int}")]
                        public static Payload Post{{i}}(int id, [FromBody] Payload payload) { var x = {{i}}; return payload with { Id = id }; }
                    """,
                _ => $$"""
                        [LambdaFunction]
                        [SqsTrigger("@Queue{{i}}")]
                        public static Task Handle{{i}}(SqsMessage<Payload> message, ILambdaContext context) { var x = {{i}}; return Task.CompletedTask; }
                    """,
            });
            body.Append("\n}\n");
            files.Add(body.ToString());
        }

        return files;
    }

    /// <summary>The edited function: a plain one, an HTTP route with a JSON body, an SQS trigger.</summary>
    [Theory]
    [InlineData(100)]
    [InlineData(103)]
    [InlineData(104)]
    public void An_edit_inside_a_method_body_at_200_functions_leaves_every_output_cached(int function)
    {
        var compilation = GeneratorHarness.Compile(App(200));
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["OutputType"] = "Exe" }).RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.Empty(first.Diagnostics);
        // The entry points of the 120 plain, task and SQS functions, the route table, JSON metadata, manifest, descriptor.
        Assert.Equal(
            ["Http/Create_HttpApi.g.cs", "LambdaGenEntryPoints.g.cs", "LambdaGenFunctions.g.cs", "LambdaGenJson.g.cs", "LambdaGenManifest.g.cs"],
            first.Results.Single().GeneratedSources.Select(static s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Equal(120, first.Results.Single().GeneratedSources.Single(static s => s.HintName == "LambdaGenEntryPoints.g.cs").SourceText.ToString().Split("internal static Handler Create_").Length - 1);

        // Source 0 is the application file; function i lives in source i + 1.
        var tree = compilation.SyntaxTrees.ElementAt(function + 1);
        var text = tree.GetText().ToString();
        var edited = text.Replace($"var x = {function};", $"var x = {function} + 1;", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)))).GetRunResult();

        var outputs = second.Results.Single().TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, static o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }
}
