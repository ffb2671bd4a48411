using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LambdaGen.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LambdaGen.Json.Tests;

public sealed class AnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using System.Text.Json.Serialization;
        using LambdaGen;
        """;

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source)
    {
        var compilation = JsonHarness.Compilation(Usings + source);
        JsonHarness.AssertNoErrors(compilation);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new JsonSerializabilityAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(static d => d.Location.SourceSpan.Start).ThenBy(static d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();
    }

    private static string Text(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [Fact]
    public async Task Object_member_is_reported_on_the_body_parameter_with_its_path()
    {
        var diagnostics = await Analyze("""
            public sealed class Order { public List<Line> Lines { get; set; } = new(); }
            public sealed class Line { public object? Payload { get; set; } }
            public static class Functions
            {
                [LambdaFunction] public static void Handle(Order order, ILambdaContext context) { }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LG0200", diagnostic.Id);
        Assert.Equal("Order", Text(diagnostic));
        Assert.Contains("Order.Lines[].Payload", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interface_without_polymorphism_is_reported_on_the_unwrapped_return_type()
    {
        var diagnostics = await Analyze("""
            public interface IShape { double Area { get; } }
            public sealed class Result { public IShape? Shape { get; set; } }
            public static class Functions
            {
                [HttpGet("/shape")] public static Task<Result> Get(CancellationToken ct) => Task.FromResult(new Result());
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LG0201", diagnostic.Id);
        Assert.Equal("Task<Result>", Text(diagnostic));
        Assert.Contains("Result.Shape", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polymorphic_interface_is_not_reported()
    {
        var diagnostics = await Analyze("""
            [JsonDerivedType(typeof(Circle), "circle")]
            public interface IShape { double Area { get; } }
            public sealed class Circle : IShape { public double Area { get; set; } }
            public static class Functions
            {
                [HttpPost("/shape")] public static IShape Post([FromBody] IShape shape) => shape;
            }
            """);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Object_values_of_extension_data_are_not_reported()
    {
        var diagnostics = await Analyze("""
            public sealed class Body { public int Id { get; set; } [JsonExtensionData] public Dictionary<string, object>? Extra { get; set; } }
            public static class F { [LambdaFunction] public static void Handle(Body body) { } }
            """);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Private_nested_type_is_an_error()
    {
        var diagnostics = await Analyze("""
            public sealed class Outer
            {
                public object? Hidden => null;
                private sealed class Secret { public int X { get; set; } }
                [LambdaFunction] private static void Handle(Secret secret) { }
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LG0202", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public async Task Unsupported_types_are_errors()
    {
        var diagnostics = await Analyze("""
            public sealed class Bag : List<int> { }
            public sealed class Grid { public int[,]? Cells { get; set; } public Dictionary<Grid, int>? ByGrid { get; set; } public Bag? Frozen { get; set; } }
            public static class Functions
            {
                [SqsTrigger("@Queue")] public static void Handle(Grid grid) { }
            }
            """);
        Assert.Equal(new[] { "LG0203", "LG0203", "LG0203" }, diagnostics.Select(static d => d.Id));
        var messages = string.Join("\n", diagnostics.Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Grid.Cells", messages, System.StringComparison.Ordinal);
        Assert.Contains("Grid.ByGrid{key}", messages, System.StringComparison.Ordinal);
        Assert.Contains("Grid.Frozen", messages, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_constructor_matters_only_for_types_that_are_read()
    {
        const string types = """
            public sealed class Token
            {
                public Token(string a) { Value = a; }
                public Token(int b) { Value = b.ToString(); }
                public string Value { get; }
            }
            """;
        var read = await Analyze(types + "public static class F { [LambdaFunction] public static void Handle(Token token) { } }");
        Assert.Equal("LG0204", Assert.Single(read).Id);
        var written = await Analyze(types + "public static class F { [LambdaFunction] public static Token Handle(ILambdaContext context) => new Token(1); }");
        Assert.Empty(written);
    }

    [Fact]
    public async Task Private_JsonInclude_member_is_reported()
    {
        var diagnostics = await Analyze("""
            public sealed class Body { [JsonInclude] private int Count { get; set; } public int Visible { get; set; } }
            public static class F { [LambdaFunction] public static void Handle(Body body) { } }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LG0205", diagnostic.Id);
        Assert.Contains("Body.Count", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Special_and_simple_parameters_are_not_on_the_wire()
    {
        var diagnostics = await Analyze("""
            public interface IStore { object Load(); }
            public sealed class Body { public int X { get; set; } }
            public static class F
            {
                [HttpGet("/items/{id}")]
                public static Task<string> Get(int id, string? filter, Guid[] tags, IStore store, [FromServices] object service, [FromHeader] string? trace, ILambdaContext context, CancellationToken ct)
                    => Task.FromResult("");

                [HttpPost("/items")]
                public static Task Post(Body body, IStore store) => Task.CompletedTask;

                public static void NotAFunction(object anything) { }
            }
            """);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Types_covered_by_the_users_context_are_not_reported()
    {
        var diagnostics = await Analyze("""
            [assembly: LambdaJsonContext(typeof(AppContext))]
            public sealed class Loose { public object? Anything { get; set; } }
            [JsonSerializable(typeof(Loose))]
            public partial class AppContext : JsonSerializerContext
            {
                public AppContext() : base(null) { }
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            }
            public static class F { [LambdaFunction] public static void Handle(Loose loose) { } }
            """);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Assembly_options_are_validated()
    {
        var diagnostics = await Analyze("""
            [assembly: LambdaJsonContext(typeof(string))]
            [assembly: LambdaApplication("app", JsonNaming = "Train-Case")]
            """);
        Assert.Equal(new[] { "LG0206", "LG0207" }, diagnostics.Select(static d => d.Id));
        Assert.Equal("typeof(string)", Text(diagnostics[0]));
        Assert.Equal("\"Train-Case\"", Text(diagnostics[1]));
    }
}

public sealed class WireTypesTests
{
    [Theory]
    [InlineData("public static Task<HttpResultish> Get(int id, CancellationToken ct) => null!;", "HttpResultish")]
    [InlineData("public static ValueTask<List<Order>> List(ILambdaContext context) => default;", "System.Collections.Generic.List<Order>")]
    [InlineData("public static Task Post(Order order, IClock clock) => Task.CompletedTask;", "Order")]
    [InlineData("public static Order Put([FromBody] Order order, [FromServices] Order other) => order;", "Order|Order")]
    [InlineData("public static void Nothing(string name, Guid id, ILambdaContext context) { }", "")]
    public void Roots_are_the_body_parameter_and_the_unwrapped_return_type(string method, string expected)
    {
        var compilation = JsonHarness.Compilation("""
            using System; using System.Collections.Generic; using System.Threading; using System.Threading.Tasks; using LambdaGen;
            public sealed class Order { public int Id { get; set; } }
            public sealed class HttpResultish { public int Status { get; set; } }
            public interface IClock { DateTime Now { get; } }
            public static class F { [LambdaFunction] METHOD }
            """.Replace("METHOD", method, System.StringComparison.Ordinal));
        JsonHarness.AssertNoErrors(compilation);
        var symbol = compilation.GetTypeByMetadataName("F")!.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>().Single(static m => m.MethodKind == Microsoft.CodeAnalysis.MethodKind.Ordinary);
        var roots = JsonWireTypes.Of(symbol, compilation).Select(static t => t.ToDisplayString());
        Assert.Equal(expected, string.Join("|", roots));
    }
}
