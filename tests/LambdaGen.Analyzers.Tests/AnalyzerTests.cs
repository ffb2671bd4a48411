using LambdaGen.Analyzers.Tests.Infrastructure;
using LambdaGen.Generators.Analyzers.Hygiene;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Analyzers.Tests;

/// <summary>Positive and no-diagnostic cases per rule, with exact spans.</summary>
public class AnalyzerTests
{
    private const string App = "[assembly: LambdaApplication(\"app\", DefaultTimeout = 10)]\n";

    // ---- LG1001 ----

    [Fact]
    public Task LG1001_reports_invocation_data_written_to_a_static() => Verify<StaticStateAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static string? _last;
            private static readonly List<string> Seen = new();

            [HttpGet("/x/{id}")]
            public static string Get(string id)
            {
                {|LG1001:_last|} = id;
                {|LG1001:Seen.Add(id)|};
                return id;
            }
        }
        """);

    [Fact]
    public Task LG1001_follows_calls_into_helpers() => Verify<StaticStateAnalyzer>.Analyzer(App + """
        static class Store { static int _count; public static void Bump() => {|LG1001:_count|}++; }
        static class Middle { public static void Run() => Store.Bump(); }
        public static class Fn
        {
            [SqsTrigger("@Q")]
            public static void Handle(string body) => Middle.Run();
        }
        """);

    [Fact]
    public Task LG1001_stops_after_three_levels_of_calls() => Verify<StaticStateAnalyzer>.Analyzer(App + """
        static class L4 { static int _count; public static void Bump() => _count++; }
        static class L3 { public static void Run() => L4.Bump(); }
        static class L2 { public static void Run() => L3.Run(); }
        static class L1 { public static void Run() => L2.Run(); }
        public static class Fn
        {
            [SqsTrigger("@Q")]
            public static void Handle(string body) => L1.Run();
        }
        """);

    [Fact]
    public Task LG1001_no_diagnostic_for_locks_concurrent_caches_opt_out_and_startup() => Verify<StaticStateAnalyzer>.Analyzer(App + """
        namespace LambdaGen { [AttributeUsage(AttributeTargets.Field)] public sealed class LambdaCacheAttribute : Attribute { } }
        public static class Fn
        {
            private static readonly object Gate = new();
            private static readonly Dictionary<string, string> Locked = new();
            private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Concurrent = new();
            [LambdaCache] private static readonly Dictionary<string, string> Marked = new();
            private static readonly List<string> Startup = new();
            private static string? _config;
            static Fn() { Startup.Add("x"); }

            [HttpGet("/x/{id}")]
            public static string Get(string id)
            {
                lock (Gate) { Locked[id] = id; }
                Concurrent[id] = id;
                Marked[id] = id;
                _config ??= Environment.GetEnvironmentVariable("CONFIG");
                var local = new List<string>();
                local.Add(id);
                return id;
            }
        }
        """);

    [Fact]
    public Task Nothing_is_reported_when_LambdaGen_is_not_referenced()
    {
        // The same shapes in a project without LambdaGen: the analyzers register nothing.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<StaticStateAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = """
                public static class Fn
                {
                    private static string _last = "";
                    public static void Get(string id) { _last = id; }
                }
                """,
            ReferenceAssemblies = new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        return test.RunAsync();
    }

    // ---- LG1002 ----

    [Fact]
    public Task LG1002_reports_clients_created_per_invocation() => Verify<ClientCreationAnalyzer>.Analyzer(App + """
        public sealed class Fn
        {
            [HttpGet("/x")]
            public async Task<string> Get(CancellationToken ct)
            {
                using var http = {|LG1002:new HttpClient()|};
                var s3 = {|LG1002:new Amazon.S3.AmazonS3Client()|};
                var handler = {|LG1002:new SocketsHttpHandler()|};
                return "";
            }
        }
        """);

    [Fact]
    public Task LG1002_reads_extra_client_types_from_editorconfig() => Verify<ClientCreationAnalyzer>.Analyzer(App + """
        namespace Acme { public sealed class Mailer { } }
        public static class Fn
        {
            [HttpGet("/x")]
            public static string Get() { var m = {|LG1002:new Acme.Mailer()|}; return ""; }
        }
        """, "lambdagen.client_types = Acme.Mailer\n");

    [Fact]
    public Task LG1002_no_diagnostic_for_static_fields_lazy_factories_and_constructors() => Verify<ClientCreationAnalyzer>.Analyzer(App + """
        public sealed class Fn
        {
            private static readonly HttpClient Shared = new();
            private static readonly Lazy<Amazon.S3.AmazonS3Client> S3 = new(() => new Amazon.S3.AmazonS3Client());
            private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HttpClient> ByHost = new();
            private static HttpClient? _lazy;
            private readonly HttpClient _own;
            public Fn() { _own = new HttpClient(); }

            [HttpGet("/x")]
            public string Get(string host)
            {
                var client = ByHost.GetOrAdd(host, _ => new HttpClient());
                _lazy ??= new HttpClient();
                var request = new HttpRequestMessage();
                return host;
            }
        }
        """);

    // ---- LG1003 / LG1004 / LG1005 ----

    [Fact]
    public Task LG1003_reports_functions_without_any_timeout() => Verify<TimeoutAnalyzer>.Analyzer("""
        public static class Fn
        {
            [{|LG1003:LambdaFunction(MemorySize = 256)|}]
            [SqsTrigger("@Q")]
            public static void A(string body) { }

            [{|LG1003:ScheduleTrigger("rate(1 day)")|}]
            public static void B() { }
        }
        """);

    [Fact]
    public Task LG1004_and_LG1005_point_at_the_argument() => Verify<TimeoutAnalyzer>.Analyzer("""
        [assembly: LambdaApplication("app", DefaultTimeout = 10, {|LG1004:HttpApiTimeout = 40|})]
        public static class Fn
        {
            [LambdaFunction({|LG1004:Timeout = 60|})]
            [HttpPost("/a")]
            public static void A() { }

            [LambdaFunction({|LG1005:Timeout = 901|})]
            [SqsTrigger("@Q")]
            public static void B(string body) { }

            [LambdaFunction({|LG1005:Timeout = -1|})]
            [SqsTrigger("@Q")]
            public static void C(string body) { }
        }
        """);

    [Fact]
    public Task LG1003_to_LG1005_no_diagnostic_for_valid_timeouts() => Verify<TimeoutAnalyzer>.Analyzer("""
        [assembly: LambdaApplication("app", DefaultTimeout = 120, HttpApiTimeout = 30)]
        public static class Fn
        {
            [HttpGet("/a")] public static void A() { }
            [LambdaFunction(Timeout = 30)][HttpPost("/b")] public static void B() { }
            [LambdaFunction(Timeout = 900)][FunctionUrl] public static void C() { }
            [SqsTrigger("@Q")] public static void D(string body) { }
        }
        """);

    // ---- LG1006 / LG1007 ----

    [Fact]
    public Task LG1006_and_LG1007_report_outbound_calls_without_the_token() => Verify<CancellationAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();
            private static readonly Amazon.S3.IAmazonS3 S3 = new Amazon.S3.AmazonS3Client();

            [HttpGet("/a")]
            public static async Task<string> A(CancellationToken ct)
            {
                await {|LG1006:S3.GetObjectAsync("b", "k")|};
                return await {|LG1006:Http.GetStringAsync("https://x")|};
            }

            [HttpGet("/b")]
            public static async Task<string> B() => await {|LG1007:Http.GetStringAsync("https://x")|};
        }
        """);

    [Fact]
    public Task LG1006_no_diagnostic_when_the_token_is_passed_or_the_call_is_local() => Verify<CancellationAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();

            [HttpGet("/a")]
            public static async Task<string> A(CancellationToken ct)
            {
                await Task.Delay(1);
                return await Http.GetStringAsync("https://x", ct);
            }

            public static Task<string> NotAHandler() => Http.GetStringAsync("https://x");
        }
        """);

    // ---- LG1008 ----

    [Fact]
    public Task LG1008_reports_unset_and_too_long_client_timeouts() => Verify<HttpClientTimeoutAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static readonly HttpClient A = {|LG1008:new()|};
            private static readonly HttpClient B = new() { Timeout = {|LG1008:TimeSpan.FromSeconds(11)|} };

            [HttpGet("/a")] public static void Get() { }
        }
        """);

    [Fact]
    public Task LG1008_no_diagnostic_for_short_or_computed_timeouts() => Verify<HttpClientTimeoutAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static readonly HttpClient A = new() { Timeout = TimeSpan.FromSeconds(9) };
            private static readonly HttpClient B = new() { Timeout = TimeSpan.FromSeconds(Environment.ProcessorCount) };
            private static readonly HttpClient C = new();
            static Fn() { C.Timeout = TimeSpan.FromMilliseconds(500); }

            [HttpGet("/a")] public static void Get() { }
        }
        public static class NotFunctions { private static readonly HttpClient D = new(); }
        """);

    // ---- LG1009 / LG1010 / LG1011 ----

    [Fact]
    public Task LG1009_to_LG1011_report_async_misuse_in_handlers() => Verify<AsyncUsageAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static Task<int> Load() => Task.FromResult(1);

            [SqsTrigger("@Q")]
            public static async {|LG1009:void|} A(string body) => await Task.Yield();

            [HttpGet("/b")]
            public static int B(List<int> items)
            {
                items.ForEach({|LG1010:async|} i => await Task.Delay(i));
                {|LG1011:Load().Wait()|};
                return {|LG1011:Load().Result|} + {|LG1011:Load().GetAwaiter().GetResult()|};
            }
        }
        """);

    [Fact]
    public Task LG1009_to_LG1011_no_diagnostic_outside_handlers_or_after_await() => Verify<AsyncUsageAnalyzer>.Analyzer(App + """
        public static class Fn
        {
            private static readonly int Startup = Load().Result;
            private static Task<int> Load() => Task.FromResult(1);
            private static async void OnEvent(object? s, EventArgs e) => await Task.Yield();

            [HttpGet("/b")]
            public static async Task<int> B(List<int> items)
            {
                var a = Load();
                await Task.WhenAll(a);
                await Task.WhenAll(items.Select(async i => await Task.Delay(i)));
                return a.Result;
            }
        }
        """);

    [Fact]
    public async Task Analyzers_skip_generated_code()
    {
        var source = App + """
            // <auto-generated/>
            using System.Net.Http;
            using LambdaGen;
            public static class Fn
            {
                private static string? _last;
                [HttpGet("/x/{id}")]
                public static string Get(string id) { _last = id; var c = new HttpClient(); return id; }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(Verify<StaticStateAnalyzer>.Usings + source, path: "Fn.g.cs");
        var compilation = CSharpCompilation.Create("gen", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers([new StaticStateAnalyzer(), new ClientCreationAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }
}
