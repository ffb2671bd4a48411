using System.Reflection;
using Amazon.Lambda.RuntimeSupport;
using LambdaGen.Generators.Analyzers.Interop;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Interop.Tests;

/// <summary>LambdaGenRuntime=Aws: the generated Main hosts the same entry points on Amazon.Lambda.RuntimeSupport.</summary>
[Collection(ProcessState.Name)]
public sealed class AwsHostingTests
{
    private static readonly Dictionary<string, string> AwsExe = new() { ["OutputType"] = "Exe", ["LambdaGenRuntime"] = "Aws" };

    private const string App = """
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;
        using LambdaGen;
        using Microsoft.Extensions.DependencyInjection;

        namespace Hosted;

        public interface IGreeter { string Greet(string name); }
        public sealed class Greeter : IGreeter { public string Greet(string name) => "hello " + name; }

        [LambdaStartup]
        public static class Startup
        {
            public static void ConfigureServices(IServiceCollection services) => services.AddSingleton<IGreeter, Greeter>();
        }

        public sealed class Functions(IGreeter greeter)
        {
            [LambdaFunction]
            public async Task<Stream> Greet(Stream input, Amazon.Lambda.Core.ILambdaContext context)
            {
                var name = await new StreamReader(input).ReadToEndAsync();
                return new MemoryStream(Encoding.UTF8.GetBytes(greeter.Greet(name) + " from " + context.AwsRequestId));
            }

            [LambdaFunction]
            public Stream Fail(Stream input) => throw new System.InvalidOperationException("no");
        }
        """;

    private static int RunMain(Assembly assembly, string handler)
    {
        var previous = Environment.GetEnvironmentVariable("_HANDLER");
        Environment.SetEnvironmentVariable("_HANDLER", handler);
        try
        {
            return (int)assembly.EntryPoint!.Invoke(null, null)!;
        }
        finally
        {
            Environment.SetEnvironmentVariable("_HANDLER", previous);
        }
    }

    [Fact]
    public void The_generated_Main_runs_the_function_named_by_HANDLER_on_the_AWS_bootstrap()
    {
        var assembly = InteropHarness.Build(App, aws: true, AwsExe, OutputKind.ConsoleApplication);
        StubBootstrap.Reset();
        StubBootstrap.Pending.Enqueue(("a-1", "ada"));
        StubBootstrap.Pending.Enqueue(("a-2", "grace"));

        var exit = RunMain(assembly, "Greet");

        Assert.Equal(0, exit);
        Assert.Null(StubBootstrap.InitError);
        Assert.Equal(["a-1=hello ada from a-1", "a-2=hello grace from a-2"], StubBootstrap.Results);
    }

    [Fact]
    public void A_failing_handler_reaches_the_AWS_client_as_an_exception_and_the_next_event_still_runs()
    {
        var assembly = InteropHarness.Build(App, aws: true, AwsExe, OutputKind.ConsoleApplication);
        StubBootstrap.Reset();
        StubBootstrap.Pending.Enqueue(("b-1", "x"));
        StubBootstrap.Pending.Enqueue(("b-2", "y"));

        RunMain(assembly, "Fail");

        Assert.Equal(["b-1!InvalidOperationException: no", "b-2!InvalidOperationException: no"], StubBootstrap.Results);
    }

    [Fact]
    public void An_unknown_HANDLER_fails_init_through_the_AWS_client()
    {
        var assembly = InteropHarness.Build(App, aws: true, AwsExe, OutputKind.ConsoleApplication);
        StubBootstrap.Reset();
        StubBootstrap.Pending.Enqueue(("c-1", "x"));

        RunMain(assembly, "Nope");

        Assert.Equal("InvalidOperationException: Unknown handler 'Nope'. Known functions: Fail, Greet", StubBootstrap.InitError);
        Assert.Empty(StubBootstrap.Results);
    }

    [Fact]
    public void Without_the_switch_the_generated_Main_stays_on_LambdaGen_runtime()
    {
        var run = InteropHarness.Run(App, aws: true, new Dictionary<string, string> { ["OutputType"] = "Exe" }, OutputKind.ConsoleApplication);

        Assert.Empty(run.CompileDiagnostics);
        var program = run.Source("LambdaGenFunctions.g.cs");
        Assert.Contains("global::LambdaGen.Hosting.LambdaHost.Run(", program, StringComparison.Ordinal);
        Assert.DoesNotContain("Amazon.Lambda.RuntimeSupport", program, StringComparison.Ordinal);
    }

    [Fact]
    public void Aws_without_RuntimeSupport_falls_back_to_LambdaGen_and_reports_LG0020()
    {
        // LambdaGen flavour: no stubs, so no Amazon.Lambda.RuntimeSupport (and no Amazon ILambdaContext either).
        const string source = """
            using System.IO;
            using LambdaGen;
            public static class F { [LambdaFunction] public static Stream Echo(Stream s) => s; }
            """;
        var run = InteropHarness.Run(source, aws: false, AwsExe, OutputKind.ConsoleApplication);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains("LambdaHost.Run(", run.Source("LambdaGenFunctions.g.cs"), StringComparison.Ordinal);

        var diagnostics = Analyze(source, aws: false, AwsExe);
        Assert.Equal(["LG0020"], diagnostics.Select(static d => d.Id));
    }

    [Theory]
    [InlineData("Lambdagen", true, new string[0])]
    [InlineData("aws", true, new string[0])]
    [InlineData("Custom", true, new[] { "LG0021" })]
    public void The_runtime_switch_is_case_insensitive_and_validated(string value, bool aws, string[] expected)
    {
        const string source = """
            using System.IO;
            using LambdaGen;
            public static class F { [LambdaFunction] public static Stream Echo(Stream s) => s; }
            """;
        var diagnostics = Analyze(source, aws, new Dictionary<string, string> { ["LambdaGenRuntime"] = value });

        Assert.Equal(expected, diagnostics.Select(static d => d.Id));
    }

    internal static IReadOnlyList<Diagnostic> Analyze(string source, bool aws, IReadOnlyDictionary<string, string> properties)
    {
        var compilation = InteropHarness.Compile([source], aws);
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([], GeneratorHarness.OptionsProvider(properties));
        return compilation.WithAnalyzers([new AwsInteropAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(static d => d.Id, StringComparer.Ordinal).ToList();
    }
}
