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
    public void A_resolver_over_many_types_is_split_into_lookup_methods_that_all_resolve()
    {
        // 3 chunks of lookups: the root, its 150 element types and the list; the last types live in the last chunk.
        var types = string.Join("\n", Enumerable.Range(0, 150).Select(static i => $"public sealed record Item{i}(string Name, int Count);"));
        var members = string.Join("\n", Enumerable.Range(0, 150).Select(static i => $"    public Item{i}? P{i} {{ get; set; }}"));
        var source = "namespace App;\n" + types + "\npublic sealed class Root\n{\n" + members + "\n    public System.Collections.Generic.List<Item149>? Last { get; set; }\n}\n";

        var compilation = JsonHarness.Compilation(source);
        var emitted = JsonHarness.Emit(compilation, [JsonHarness.Root(compilation, "App.Root")]);
        var generated = JsonHarness.Build(source, "App.Root");

        Assert.Contains("return R0(type, options) ?? R1(type, options) ?? R2(type, options);", emitted, StringComparison.Ordinal);
        var nulls = string.Concat(Enumerable.Range(1, 148).Select(static i => $"\"p{i}\":null,"));
        Assert.Equal(
            "{\"p0\":{\"name\":\"a\",\"count\":1}," + nulls + "\"p149\":{\"name\":\"z\",\"count\":2},\"last\":[{\"name\":\"l\",\"count\":3}]}",
            generated.RoundTrip("App.Root", """{"p0":{"name":"a","count":1},"p149":{"name":"z","count":2},"last":[{"name":"l","count":3}]}"""));
    }

    [Fact]
    public void Handling_attributes_combine_with_constructor_parameters_and_empty_types()
    {
        const string source = """
            using System.Text.Json.Serialization;
            namespace App;
            [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
            public sealed record Price(decimal Amount, int Count);
            [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
            public sealed class Nothing { }
            public sealed class Root { public Price? Price { get; set; } public Nothing? Nothing { get; set; } }
            """;
        var generated = JsonHarness.Build(source, "App.Root");
        Assert.Equal("""{"price":{"amount":"1.5","count":"2"},"nothing":{}}""", generated.RoundTrip("App.Root", """{"price":{"amount":1.5,"count":2},"nothing":{}}"""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => generated.Read("App.Root", """{"nothing":{"x":1}}"""));
    }

    [Fact]
    public void Generic_objects_over_dynamic_compile()
    {
        const string source = """
            namespace App;
            public sealed class Box<T> { public T? Value { get; set; } }
            public sealed class Root { public Box<dynamic>? Box { get; set; } }
            """;
        var generated = JsonHarness.Build(source, "App.Root");
        Assert.Equal("""{"box":{"value":null}}""", generated.RoundTrip("App.Root", """{"box":{"value":null}}"""));
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
