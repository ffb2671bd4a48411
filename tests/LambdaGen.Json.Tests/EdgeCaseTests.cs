using System;
using System.IO;
using System.Linq;
using System.Threading;
using LambdaGen.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LambdaGen.Json.Tests;

public sealed class EdgeCaseTests
{
    [Fact]
    public void Members_generated_code_cannot_name_are_skipped_and_reported()
    {
        const string source = """
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            namespace App;
            public sealed class NoDefault : JsonConverter<string>
            {
                public NoDefault(int x) { }
                public override string? Read(ref Utf8JsonReader reader, Type t, JsonSerializerOptions o) => null;
                public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions o) { }
            }
            public sealed class Weird
            {
                public Span<int> Buffer => default;
                public int Kept { get; set; }
                [JsonConverter(typeof(NoDefault))] public string? Converted { get; set; }
            }
            """;
        var graph = JsonHarness.Graph(source, "App.Weird");
        Assert.Equal(new[] { ("LG0203", "Weird.Buffer"), ("LG0203", "Weird.Converted") }, graph.Issues.Select(static i => (i.Id, i.Path)).OrderBy(static p => p.Path, StringComparer.Ordinal));
        var generated = JsonHarness.Build(source, "App.Weird");
        Assert.Equal("""{"kept":1,"converted":"c"}""", generated.RoundTrip("App.Weird", """{"kept":1,"converted":"c","buffer":[1]}"""));
    }

    [Fact]
    public void Emitted_code_compiles_against_net8_without_warnings()
    {
        var root = RuleDocsTests.RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var runtime = Path.Combine(root, "src", "LambdaGen", "bin", configuration, "net8.0", "LambdaGen.dll");
        Assert.True(File.Exists(runtime), runtime);
        var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(runtime)).ToList();
        var source = File.ReadAllText(Path.Combine(root, "tests", "LambdaGen.Json.AotSmoke", "SmokeTypes.cs"));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create(
            "Net8App",
            new[] { CSharpSyntaxTree.ParseText(source, parse) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        JsonHarness.AssertNoErrors(compilation);
        var graph = JsonTypeGraphBuilder.Build(new[] { JsonHarness.Root(compilation, "Smoke.Page") }, compilation, CancellationToken.None);
        var emitted = JsonMetadataEmitter.Emit(JsonMetadataEmitter.Merge(new[] { graph }, JsonOptionsReader.Read(compilation)));
        var diagnostics = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(emitted, parse)).GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }
}
