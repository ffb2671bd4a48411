using System.Text;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Generators.Tests;

/// <summary>Issue 10: at N = 200 functions, an edit inside one method body regenerates nothing.</summary>
public sealed class ScaleCachingTests
{
    /// <summary>One file per function: a third plain functions, a third HTTP routes, a third JSON functions.</summary>
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
                namespace Scale;
                public static class F{{i}}
                {
                """);
            body.Append((i % 3) switch
            {
                0 => $$"""
                        [LambdaFunction]
                        public static Stream Run{{i}}(Stream input, ILambdaContext context) { var x = {{i}}; return input; }
                    """,
                1 => $$"""
                        [HttpGet("/r{{i}}/{id:int}")]
                        public static string Get{{i}}(int id, string? q, CancellationToken ct) { var x = {{i}}; return "r" + id + q; }
                    """,
                _ => $$"""
                        [LambdaFunction]
                        public static Task Work{{i}}(ILambdaContext context) { var x = {{i}}; return Task.CompletedTask; }
                    """,
            });
            body.Append("\n}\n");
            files.Add(body.ToString());
        }

        return files;
    }

    [Fact]
    public void An_edit_inside_a_method_body_at_200_functions_leaves_every_output_cached()
    {
        var compilation = GeneratorHarness.Compile(App(200));
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["OutputType"] = "Exe" }).RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.True(first.GeneratedTrees.Length > 130);

        var tree = compilation.SyntaxTrees.ElementAt(101);
        var text = tree.GetText().ToString();
        var edited = text.Replace("var x = 100;", "var x = 100 + 1;", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)))).GetRunResult();

        var outputs = second.Results.Single().TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, static o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }
}
