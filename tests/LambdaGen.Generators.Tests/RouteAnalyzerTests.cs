using LambdaGen.Generators.Analyzers.Functions;
using LambdaGen.Testing;

namespace LambdaGen.Generators.Tests;

public sealed class RouteAnalyzerTests
{
    private static Task Verify(params string[] sources) => AnalyzerHarness.VerifyAsync(new RouteAnalyzer(), null, sources);

    [Fact]
    public Task The_sample_routes_have_no_diagnostics() => Verify(HttpSources.Text);

    [Fact]
    public Task Template_errors_point_inside_the_string() => Verify("""
        using LambdaGen;
        public static class Api
        {
            [HttpGet("/a/{id:{|LG0101:integer|}}")] public static string A(int id) => "";
            [HttpGet("/b/{|LG0101:/|}")] public static string B() => "";
            [HttpGet("/c/a{|LG0101:*|}b")] public static string C() => "";
            [HttpGet("{|LG0101:n|}o-slash")] public static string D() => "";
        }
        """);

    [Fact]
    public Task Route_parameters_and_method_parameters_must_meet() => Verify("""
        using LambdaGen;
        public static class Api
        {
            [HttpGet("/a/{|LG0102:{id}|}")] public static string A() => "";
            [HttpGet("/b")] public static string B({|LG0103:[FromRoute] int id|}) => "";
        }
        """);

    [Fact]
    public Task One_body_and_bindable_types_only() => Verify("""
        using LambdaGen;
        public record A(int X);
        public record B(int Y);
        public static class Api
        {
            [HttpPost("/a")] public static string Two(A a, {|LG0104:B b|}) => "";
            [HttpGet("/b")] public static string Query({|LG0105:[FromQuery] A a|}) => "";
            [HttpGet("/c/{id}")] public static string Route({|LG0105:int[] id|}) => "";
        }
        """);

    [Fact]
    public Task Conflicting_routes_are_reported_at_both_templates() => Verify("""
        using LambdaGen;
        public static class One { [HttpGet({|LG0106:"/items/{id:int}"|})] public static string A(int id) => ""; }
        """, """
        using LambdaGen;
        public static class Two
        {
            [HttpGet({|LG0106:"/items/{key:int}"|})] public static string B(int key) => "";
            [HttpGet("/items/{key}")] public static string C(string key) => "";
            [HttpPost("/items/{key:int}")] public static string D(int key) => "";
            [LambdaFunction(Name = "own")] [HttpGet("/items/{key:int}")] public static string E(int key) => "";
        }
        """);

    [Fact]
    public Task Unsupported_returns_and_disagreeing_templates_are_reported() => Verify("""
        using LambdaGen;
        public static class Api
        {
            [HttpGet("/a")] public static {|LG0107:System.Threading.Tasks.ValueTask<byte[]>|} A() => default;
            [HttpGet("/b/{id}")] [HttpGet({|LG0108:"/c"|})] public static string B(string? id) => "";
        }
        """);

    [Fact]
    public Task General_function_rules_apply_to_route_methods() => Verify("""
        using LambdaGen;
        public class Api
        {
            [HttpGet("/a")] {|LG0005:private|} static string A() => "";
            [HttpGet("/b")] public static string B{|LG0006:<T>|}() => "";
        }
        """);
}
