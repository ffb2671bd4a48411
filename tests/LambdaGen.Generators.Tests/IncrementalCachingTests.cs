using System.Reflection;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generators.Tests;

/// <summary>Layers 2 and 3: unrelated edits leave every output cached, and the models hold no symbols.</summary>
public sealed class IncrementalCachingTests
{
    private const string Other = """
        namespace Demo;
        public static class Helpers { public static int Twice(int x) => x * 2; }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile([Sources.NoJson, Other]);
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["OutputType"] = "Exe" }).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static void AssertAllOutputsCached(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var outputs = result.TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, static o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output was {o.Reason}"));
    }

    [Fact]
    public void An_edit_in_another_file_leaves_every_output_cached()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// touched\n")));

        AssertAllOutputsCached(driver.RunGenerators(edited));
    }

    [Fact]
    public void An_edit_inside_a_function_body_leaves_every_output_cached()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.First();
        var text = tree.GetText().ToString().Replace("text.ToUpperInvariant()", "text.Trim().ToUpperInvariant()", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));

        var second = driver.RunGenerators(edited);

        Assert.NotEqual(tree.GetText().ToString(), text);
        AssertAllOutputsCached(second);
    }

    [Fact]
    public void Renaming_a_function_regenerates_its_outputs()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.First();
        var text = tree.GetText().ToString().Replace("Name = \"upper\"", "Name = \"shout\"", StringComparison.Ordinal);

        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text))));

        var outputs = second.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs);
        Assert.Contains(outputs, static o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Create_shout(Host host)", second.GetRunResult().Results.Single().GeneratedSources.Single(static s => s.HintName == "LambdaGenEntryPoints.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_many_functions_share_is_walked_for_json_once_per_compilation()
    {
        // 40 routes taking and returning the same two records, and 10 functions reading one of them.
        var routes = string.Concat(Enumerable.Range(0, 40).Select(static i => $"    [HttpPost(\"/todos{i}\")] public static Todo Save{i}([FromBody] NewTodo body) => new(body.Title, {i});\n"));
        var functions = string.Concat(Enumerable.Range(0, 10).Select(static i => $"    [LambdaFunction] public static Todo Run{i}(NewTodo input) => new(input.Title, {i});\n"));
        var source = "using LambdaGen;\nnamespace Shared;\npublic sealed record NewTodo(string Title);\npublic sealed record Todo(string Title, int Id);\npublic static class Api\n{\n" + routes + functions + "}\n";
        var compilation = GeneratorHarness.Compile([source]);

        var run = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("T1(O o) => H.Record<", run.Results.Single().GeneratedSources.Single(static s => s.HintName == "LambdaGenJson.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        // Two roots (NewTodo, Todo) for 50 functions: each walked once, not once per function.
        Assert.Equal(2, LambdaGen.Generators.Json.JsonTypeGraphBuilder.WalkCount(compilation));
    }

    [Fact]
    public void Equivalent_sources_give_equal_models()
    {
        var reformatted = Sources.NoJson.Replace("    ", "  ", StringComparison.Ordinal).Replace("namespace Demo;", "// a comment\nnamespace Demo;", StringComparison.Ordinal);

        Assert.Equal(Models(Sources.NoJson), Models(reformatted));
    }

    [Fact]
    public void Models_hold_no_symbols_syntax_or_compilations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(Compilation), typeof(Location), typeof(SyntaxTree) };
        var seen = new HashSet<Type>();
        foreach (var model in Models(Sources.NoJson))
        {
            Walk(model.GetType());
        }

        void Walk(Type type)
        {
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum)
            {
                return;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Walk(field.FieldType);
            }

            foreach (var argument in type.GetGenericArguments())
            {
                Walk(argument);
            }
        }
    }

    private static List<object> Models(string source)
    {
        var driver = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile([source]));
        return driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Functions]
            .SelectMany(static s => s.Outputs)
            .Select(static o => o.Value)
            .ToList();
    }
}
