using LambdaGen.Generators.Analyzers.Functions;
using LambdaGen.Testing;

namespace LambdaGen.Generators.Tests;

public sealed class FunctionDeclarationAnalyzerTests
{
    private static readonly Dictionary<string, string> Exe = new() { ["OutputType"] = "Exe" };

    private static Task Verify(params string[] sources) => AnalyzerHarness.VerifyAsync(new FunctionDeclarationAnalyzer(), Exe, sources);

    [Fact]
    public Task Valid_functions_have_no_diagnostics() => Verify(Sources.NoJson, """
        using System.Threading.Tasks;
        using LambdaGen;
        public record Order(string Id);
        public static class Ok
        {
            [LambdaFunction] public static Order A(Order order, ILambdaContext context, System.Threading.CancellationToken ct) => order;
            [LambdaFunction] public static ValueTask<int> B() => new(1);
            [LambdaFunction] internal static Task C(Order order) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task Parameters_that_cannot_be_bound_are_reported_on_the_parameter() => Verify("""
        using LambdaGen;
        public static class Bad
        {
            [LambdaFunction] public static void A({|LG0001:ref int x|}) { }
            [LambdaFunction] public static void B(string first, {|LG0002:string second|}) { }
        }
        """);

    [Fact]
    public Task Unsupported_returns_and_async_void_are_reported_on_the_return_or_async_keyword() => Verify("""
        using System.Threading.Tasks;
        using LambdaGen;
        public static class Bad
        {
            [LambdaFunction] public static {|LG0003:System.Span<byte>|} A() => default;
        }
        """);

    [Fact]
    public Task Inaccessible_and_generic_functions_point_at_the_modifier_or_type_parameters() => Verify("""
        using LambdaGen;
        public class Outer
        {
            [LambdaFunction] {|LG0005:private|} static void A() { }
            [LambdaFunction] public static void B{|LG0006:<T>|}() { }
            private class {|LG0005:Hidden|} { [LambdaFunction] public static void C() { } }
        }
        public class Box{|LG0006:<T>|} { [LambdaFunction] public static void D() { } }
        """);

    [Fact]
    public Task Duplicate_names_are_reported_at_both_functions() => Verify("""
        using LambdaGen;
        public static class One { [LambdaFunction(Name = {|LG0007:"same"|})] public static void A() { } }
        """, """
        using LambdaGen;
        public static class Two { [LambdaFunction(Name = {|LG0007:"same"|})] public static void B() { } }
        """);

    [Fact]
    public Task Invalid_names_point_at_the_name_argument() => Verify("""
        using LambdaGen;
        public static class One { [LambdaFunction(Name = {|LG0009:"has space"|})] public static void A() { } }
        """);

    [Fact]
    public Task Classes_that_cannot_be_created_are_reported() => Verify("""
        using LambdaGen;
        public abstract class Base { [LambdaFunction] public void {|LG0010:Run|}() { } }
        public class Hidden { private Hidden() { } [LambdaFunction] public void {|LG0010:Go|}() { } }
        """);

    [Fact]
    public Task Startup_without_configure_services_is_reported_on_its_name() => Verify("""
        using LambdaGen;
        [LambdaStartup] public class {|LG0011:Startup|} { public void Configure() { } }
        [LambdaStartup] public static class GoodStartup { public static void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection s) { } }
        """);

    [Fact]
    public Task Functions_in_a_library_get_a_warning_on_the_attribute()
        => AnalyzerHarness.VerifyAsync(new FunctionDeclarationAnalyzer(), new Dictionary<string, string> { ["OutputType"] = "Library" }, """
            using LambdaGen;
            public static class Lib { [{|LG0008:LambdaFunction|}] public static void A() { } }
            """);

    [Fact]
    public Task Functions_in_a_library_without_main_generation_are_fine()
        => AnalyzerHarness.VerifyAsync(new FunctionDeclarationAnalyzer(), new Dictionary<string, string> { ["OutputType"] = "Library", ["LambdaGenGenerateMain"] = "false" }, """
            using LambdaGen;
            public static class Lib { [LambdaFunction] public static void A() { } }
            """);
}
