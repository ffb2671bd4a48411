using LambdaGen.Testing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Tests;

/// <summary>Layer 1: baselines of the generated source per scenario.</summary>
public sealed class GeneratedSourceTests
{
    private static readonly Dictionary<string, string> Exe = new() { ["OutputType"] = "Exe" };

    [Fact]
    public void Functions_without_json_generate_entry_points_a_descriptor_and_main()
    {
        var run = GeneratorHarness.Run([Sources.NoJson], Exe, OutputKind.ConsoleApplication);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        foreach (var (hint, source) in run.Generated)
        {
            Baseline.Verify("NoJson/" + hint.Replace('/', '_'), source);
        }
    }

    [Fact]
    public void Http_routes_generate_a_route_table_per_function()
    {
        var run = GeneratorHarness.Run([HttpSources.Text], Exe, OutputKind.ConsoleApplication);

        Assert.Empty(run.CompileDiagnostics);
        foreach (var (hint, source) in run.Generated)
        {
            Baseline.Verify("Http/" + hint.Replace('/', '_'), source);
        }
    }

    [Fact]
    public void A_library_gets_no_main()
    {
        var run = GeneratorHarness.Run([Sources.NoJson], null);

        Assert.Empty(run.CompileDiagnostics);
        Assert.DoesNotContain("LambdaGenProgram", run.Source("LambdaGenFunctions.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Main_generation_can_be_switched_off()
    {
        var run = GeneratorHarness.Run([Sources.NoJson], new Dictionary<string, string> { ["OutputType"] = "Exe", ["LambdaGenGenerateMain"] = "false" });

        Assert.DoesNotContain("static int Main", run.Source("LambdaGenFunctions.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cancellation_margin_comes_from_the_build()
    {
        var run = GeneratorHarness.Run([Sources.NoJson], new Dictionary<string, string> { ["OutputType"] = "Exe", ["LambdaGenCancellationMarginMs"] = "1250" }, OutputKind.ConsoleApplication);

        Assert.Contains("FromMilliseconds(1250)", run.Source("LambdaGenFunctions.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic_whatever_the_declaration_order()
    {
        var a = GeneratorHarness.Run(Sources.NoJson, "namespace Z { public static class More { [LambdaGen.LambdaFunction] public static void Zed() { } } }");
        var b = GeneratorHarness.Run("namespace Z { public static class More { [LambdaGen.LambdaFunction] public static void Zed() { } } }", Sources.NoJson);

        Assert.Equal(a.Generated.Select(static g => g.HintName), b.Generated.Select(static g => g.HintName));
        foreach (var (left, right) in a.Generated.Zip(b.Generated))
        {
            Assert.Equal(left.Source, right.Source);
        }
    }

    [Fact]
    public void Invalid_methods_are_skipped_not_generated()
    {
        var run = GeneratorHarness.Run("""
            using LambdaGen;
            public static class Bad
            {
                [LambdaFunction] private static void Hidden() { }
                [LambdaFunction] public static void Generic<T>() { }
                [LambdaFunction] public static void Refs(ref int x) { }
                [LambdaFunction] public static async void Fire() { await System.Threading.Tasks.Task.Yield(); }
                [LambdaFunction] public static void Good() { }
            }
            """);

        // async void is generated (it compiles) and flagged by the LG1009 hygiene warning with a code fix.
        Assert.Equal(["LambdaGenEntryPoints.g.cs", "LambdaGenFunctions.g.cs", "LambdaGenManifest.g.cs"], run.Generated.Select(static g => g.HintName));
        var entryPoints = run.Source("LambdaGenEntryPoints.g.cs");
        Assert.Contains("Create_Fire(Host host)", entryPoints, StringComparison.Ordinal);
        Assert.Contains("Create_Good(Host host)", entryPoints, StringComparison.Ordinal);
        Assert.DoesNotContain("Create_Hidden", entryPoints, StringComparison.Ordinal);
        Assert.DoesNotContain("Create_Generic", entryPoints, StringComparison.Ordinal);
        Assert.DoesNotContain("Create_Refs", entryPoints, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), static d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.Contains("Generated", StringComparison.Ordinal) == true);
    }
}
