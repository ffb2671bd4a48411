using LambdaGen.Analyzers.Tests.Infrastructure;
using LambdaGen.CodeFixes.Hygiene;
using LambdaGen.Generators.Analyzers.Hygiene;

namespace LambdaGen.Analyzers.Tests;

/// <summary>
/// Each fix is checked one diagnostic at a time (FixedCode) and with Fix All in document, project and solution
/// scope (BatchFixedCode, which the testing library runs for every fix test with more than one diagnostic).
/// </summary>
public class CodeFixTests
{
    private const string App = "[assembly: LambdaApplication(\"app\", DefaultTimeout = 10)]\n";

    [Fact]
    public Task LG1002_hoists_to_static_readonly_fields_and_fix_all_shares_identical_clients() => Verify<ClientCreationAnalyzer>.Fix<HoistClientCodeFixProvider>(
        App + """
        public static class Fn
        {
            private const int Limit = 1;

            [HttpGet("/a")]
            public static string A()
            {
                using var http = {|LG1002:new HttpClient()|};
                return "a";
            }

            [HttpGet("/b")]
            public static string B()
            {
                var http = {|LG1002:new HttpClient()|};
                return "b";
            }
        }
        """,
        App + """
        public static class Fn
        {
            private const int Limit = 1;
            private static readonly HttpClient s_httpClient = new HttpClient();
            private static readonly HttpClient s_httpClient2 = new HttpClient();

            [HttpGet("/a")]
            public static string A()
            {
                var http = s_httpClient;
                return "a";
            }

            [HttpGet("/b")]
            public static string B()
            {
                var http = s_httpClient2;
                return "b";
            }
        }
        """,
        App + """
        public static class Fn
        {
            private const int Limit = 1;
            private static readonly HttpClient s_httpClient = new HttpClient();

            [HttpGet("/a")]
            public static string A()
            {
                var http = s_httpClient;
                return "a";
            }

            [HttpGet("/b")]
            public static string B()
            {
                var http = s_httpClient;
                return "b";
            }
        }
        """);

    [Fact]
    public Task LG1002_hoists_to_a_readonly_instance_field_for_instance_functions() => Verify<ClientCreationAnalyzer>.Fix<HoistClientCodeFixProvider>(
        App + """
        public sealed class Fn
        {
            [HttpGet("/a")]
            public string A()
            {
                var s3 = {|LG1002:new Amazon.S3.AmazonS3Client()|};
                return s3.ToString()!;
            }
        }
        """,
        App + """
        public sealed class Fn
        {
            private readonly Amazon.S3.AmazonS3Client _amazonS3Client = new Amazon.S3.AmazonS3Client();

            [HttpGet("/a")]
            public string A()
            {
                var s3 = _amazonS3Client;
                return s3.ToString()!;
            }
        }
        """);

    [Fact]
    public Task LG1002_assigns_the_field_in_every_constructor_that_does_not_chain() => Verify<ClientCreationAnalyzer>.Fix<HoistClientCodeFixProvider>(
        App + """
        public sealed class Fn
        {
            private readonly string _name;

            public Fn()
            {
                _name = "default";
            }

            public Fn(int unused) : this()
            {
            }

            [HttpGet("/a")]
            public string A()
            {
                using var http = {|LG1002:new HttpClient()|};
                return _name;
            }
        }
        """,
        App + """
        public sealed class Fn
        {
            private readonly string _name;
            private readonly HttpClient _httpClient;

            public Fn()
            {
                _httpClient = new HttpClient();
                _name = "default";
            }

            public Fn(int unused) : this()
            {
            }

            [HttpGet("/a")]
            public string A()
            {
                var http = _httpClient;
                return _name;
            }
        }
        """);

    [Fact]
    public Task LG1002_offers_no_fix_when_the_client_uses_invocation_data() => Verify<ClientCreationAnalyzer>.Fix<HoistClientCodeFixProvider>(
        App + """
        public static class Fn
        {
            [HttpGet("/a")]
            public static string A(string baseUrl)
            {
                var http = {|LG1002:new HttpClient { BaseAddress = new Uri(baseUrl) }|};
                return "a";
            }
        }
        """,
        App + """
        public static class Fn
        {
            [HttpGet("/a")]
            public static string A(string baseUrl)
            {
                var http = {|LG1002:new HttpClient { BaseAddress = new Uri(baseUrl) }|};
                return "a";
            }
        }
        """);

    [Fact]
    public Task LG1003_adds_a_timeout_to_LambdaFunction() => Verify<TimeoutAnalyzer>.Fix<TimeoutCodeFixProvider>(
        """
        public static class Fn
        {
            [{|LG1003:LambdaFunction|}]
            [SqsTrigger("@Q")]
            public static void A(string body) { }

            [{|LG1003:LambdaFunction(MemorySize = 256)|}]
            [SqsTrigger("@Q")]
            public static void B(string body) { }
        }
        """,
        """
        public static class Fn
        {
            [LambdaFunction(Timeout = 30)]
            [SqsTrigger("@Q")]
            public static void A(string body) { }

            [LambdaFunction(MemorySize = 256, Timeout = 30)]
            [SqsTrigger("@Q")]
            public static void B(string body) { }
        }
        """);

    [Fact]
    public Task LG1004_and_LG1005_rewrite_the_argument() => Verify<TimeoutAnalyzer>.Fix<TimeoutCodeFixProvider>(
        App + """
        public static class Fn
        {
            [LambdaFunction({|LG1004:Timeout = 60|})]
            [HttpPost("/a")]
            public static void A() { }

            [LambdaFunction({|LG1005:Timeout = 1000|})]
            [SqsTrigger("@Q")]
            public static void B(string body) { }
        }
        """,
        App + """
        public static class Fn
        {
            [LambdaFunction(Timeout = 30)]
            [HttpPost("/a")]
            public static void A() { }

            [LambdaFunction(Timeout = 900)]
            [SqsTrigger("@Q")]
            public static void B(string body) { }
        }
        """,
        fixAllIterations: 2); // one equivalence key per rule: Fix All fixes LG1004, then LG1005

    [Fact]
    public Task LG1006_passes_the_token_positionally_or_by_name() => Verify<CancellationAnalyzer>.Fix<PassCancellationTokenCodeFixProvider>(
        App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();
            private static readonly Amazon.S3.IAmazonS3 S3 = new Amazon.S3.AmazonS3Client();

            [HttpGet("/a")]
            public static async Task<string> A(CancellationToken ct)
            {
                await {|LG1006:S3.GetObjectAsync("b", "k")|};
                await {|LG1006:S3.GetObjectAsync(key: "k", bucketName: "b")|};
                return await {|LG1006:Http.GetStringAsync("https://x")|};
            }
        }
        """,
        App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();
            private static readonly Amazon.S3.IAmazonS3 S3 = new Amazon.S3.AmazonS3Client();

            [HttpGet("/a")]
            public static async Task<string> A(CancellationToken ct)
            {
                await S3.GetObjectAsync("b", "k", ct);
                await S3.GetObjectAsync(key: "k", bucketName: "b", cancellationToken: ct);
                return await Http.GetStringAsync("https://x", ct);
            }
        }
        """);

    [Fact]
    public Task LG1007_adds_one_parameter_per_function_and_passes_it_everywhere() => Verify<CancellationAnalyzer>.Fix<AddCancellationTokenParameterCodeFixProvider>(
        App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();

            [HttpGet("/a")]
            public static async Task<string> A(string id)
            {
                var a = await {|LG1007:Http.GetStringAsync("https://a/" + id)|};
                return a + await {|LG1007:Http.GetStringAsync("https://b/" + id)|};
            }
        }
        """,
        App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();

            [HttpGet("/a")]
            public static async Task<string> A(string id, CancellationToken cancellationToken)
            {
                var a = await Http.GetStringAsync("https://a/" + id, cancellationToken);
                return a + await {|LG1006:Http.GetStringAsync("https://b/" + id)|};
            }
        }
        """,
        // One at a time, the first fix adds the parameter and the second call becomes LG1006 (pass the token);
        // Fix All adds the parameter once and passes it to both calls.
        App + """
        public static class Fn
        {
            private static readonly HttpClient Http = new();

            [HttpGet("/a")]
            public static async Task<string> A(string id, CancellationToken cancellationToken)
            {
                var a = await Http.GetStringAsync("https://a/" + id, cancellationToken);
                return a + await Http.GetStringAsync("https://b/" + id, cancellationToken);
            }
        }
        """);

    [Fact]
    public Task LG1008_sets_the_client_timeout_under_the_function_timeout() => Verify<HttpClientTimeoutAnalyzer>.Fix<HttpClientTimeoutCodeFixProvider>(
        App + """
        public static class Fn
        {
            private static readonly HttpClient A = {|LG1008:new HttpClient()|};
            private static readonly HttpClient B = new() { Timeout = {|LG1008:TimeSpan.FromMinutes(1)|} };

            [HttpGet("/a")] public static void Get() { }
        }
        """,
        App + """
        public static class Fn
        {
            private static readonly HttpClient A = new HttpClient() { Timeout = TimeSpan.FromSeconds(9) };
            private static readonly HttpClient B = new() { Timeout = TimeSpan.FromSeconds(9) };

            [HttpGet("/a")] public static void Get() { }
        }
        """);

    [Fact]
    public Task LG1009_returns_Task() => Verify<AsyncUsageAnalyzer>.Fix<AsyncCodeFixProvider>(
        App + """
        public static class Fn
        {
            [SqsTrigger("@Q")]
            public static async {|LG1009:void|} A(string body) => await Task.Yield();

            [SqsTrigger("@R")]
            public static async {|LG1009:void|} B(string body) => await Task.Yield();
        }
        """,
        App + """
        public static class Fn
        {
            [SqsTrigger("@Q")]
            public static async Task A(string body) => await Task.Yield();

            [SqsTrigger("@R")]
            public static async Task B(string body) => await Task.Yield();
        }
        """);

    [Fact]
    public Task LG1011_awaits_instead_of_blocking_in_async_handlers() => Verify<AsyncUsageAnalyzer>.Fix<AsyncCodeFixProvider>(
        App + """
        public static class Fn
        {
            private static Task<string> Load() => Task.FromResult("x");

            [HttpGet("/a")]
            public static async Task<int> A()
            {
                {|LG1011:Task.Delay(1).Wait()|};
                var text = {|LG1011:Load().GetAwaiter().GetResult()|};
                return {|LG1011:Load().Result|}.Length + text.Length;
            }

            [HttpGet("/b")]
            public static int B() => {|LG1011:Load().Result|}.Length;
        }
        """,
        App + """
        public static class Fn
        {
            private static Task<string> Load() => Task.FromResult("x");

            [HttpGet("/a")]
            public static async Task<int> A()
            {
                await Task.Delay(1);
                var text = await Load();
                return (await Load()).Length + text.Length;
            }

            [HttpGet("/b")]
            public static int B() => {|LG1011:Load().Result|}.Length;
        }
        """);
}
