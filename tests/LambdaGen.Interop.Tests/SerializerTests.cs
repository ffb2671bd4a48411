namespace LambdaGen.Interop.Tests;

/// <summary>[LambdaSerializer] (assembly or method level) routes the event and result through the user's ILambdaSerializer.</summary>
public sealed class SerializerTests
{
    private const string Functions = """
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using Amazon.Lambda.APIGatewayEvents;
        using Amazon.Lambda.Core;
        using Amazon.Lambda.S3Events;
        using Amazon.Lambda.SQSEvents;
        using Amazon.Lambda.Serialization.SystemTextJson;
        using LambdaGen;
        // Both namespaces declare ILambdaContext: an alias picks AWS's (see docs/migrating-from-annotations.md).
        using ILambdaContext = Amazon.Lambda.Core.ILambdaContext;

        [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

        namespace Serialized;

        public sealed class Order { public string Id { get; set; } = ""; public int Quantity { get; set; } }

        /// <summary>A user serializer: proves the method-level attribute wins over the assembly's.</summary>
        public sealed class KeyValueSerializer : ILambdaSerializer
        {
            public T Deserialize<T>(Stream requestStream)
            {
                var parts = new StreamReader(requestStream).ReadToEnd().Split('=');
                object order = new Order { Id = parts[0], Quantity = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) };
                return (T)order;
            }

            public void Serialize<T>(T response, Stream responseStream)
            {
                var order = (Order)(object)response!;
                responseStream.Write(Encoding.UTF8.GetBytes(order.Id + "=" + order.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        public static class Handlers
        {
            [LambdaFunction]
            public static Task<SQSBatchResponse> Queue(SQSEvent batch, ILambdaContext context)
            {
                var failed = batch.Records.Where(static r => r.Body.Contains("poison")).Select(static r => new SQSBatchResponse.BatchItemFailure { ItemIdentifier = r.MessageId }).ToList();
                return Task.FromResult(new SQSBatchResponse { BatchItemFailures = failed });
            }

            [LambdaFunction]
            public static APIGatewayHttpApiV2ProxyResponse Http(APIGatewayHttpApiV2ProxyRequest request)
                => new() { StatusCode = 200, Body = request.RouteKey + " " + request.RawPath + " " + request.Headers["x-id"], Headers = new Dictionary<string, string> { ["content-type"] = "text/plain" } };

            [LambdaFunction]
            public static ValueTask<string> Objects(S3Event s3) => new(string.Join(",", s3.Records.Select(static r => r.S3.Bucket.Name + "/" + r.S3.Object.Key)));

            [LambdaFunction]
            [LambdaSerializer(typeof(KeyValueSerializer))]
            public static Order Double(Order order) => new() { Id = order.Id, Quantity = order.Quantity * 2 };

            [LambdaFunction]
            public static void Consume(Order order, ILambdaContext context) => context.Logger.LogLine(order.Id);
        }
        """;

    [Fact]
    public async Task An_assembly_level_serializer_reads_and_writes_AWS_event_types()
    {
        var assembly = InteropHarness.Build(Functions, aws: true);

        var outputs = await InteropHarness.InvokeAsync(assembly, "Queue",
            """{"Records":[{"messageId":"m1","body":"ok"},{"messageId":"m2","body":"poison pill"}]}""");

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"}]}""", outputs[0]);
    }

    [Fact]
    public async Task API_Gateway_and_S3_event_types_round_trip_with_their_own_property_names()
    {
        var assembly = InteropHarness.Build(Functions, aws: true);

        var http = await InteropHarness.InvokeAsync(assembly, "Http", """{"version":"2.0","routeKey":"GET /items","rawPath":"/items","headers":{"x-id":"7"},"isBase64Encoded":false}""");
        var s3 = await InteropHarness.InvokeAsync(assembly, "Objects", """{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b1"},"object":{"key":"k1","size":3}}}]}""");

        Assert.Equal("""{"statusCode":200,"headers":{"content-type":"text/plain"},"body":"GET /items /items 7","isBase64Encoded":false}""", http[0]);
        Assert.Equal("\"b1/k1\"", s3[0]);
    }

    [Fact]
    public async Task A_method_level_serializer_wins_over_the_assembly_level_one()
    {
        var assembly = InteropHarness.Build(Functions, aws: true);

        var outputs = await InteropHarness.InvokeAsync(assembly, "Double", "A-1=21");

        Assert.Equal(["A-1=42"], outputs);
    }

    [Fact]
    public async Task A_void_function_reads_its_event_through_the_serializer_and_answers_empty()
    {
        var assembly = InteropHarness.Build(Functions, aws: true);

        var outputs = await InteropHarness.InvokeAsync(assembly, "Consume", """{"id":"x","quantity":1}""");

        Assert.Equal([""], outputs);
    }

    [Fact]
    public void The_serializer_is_created_once_per_function_at_init()
    {
        var run = InteropHarness.Run(Functions, aws: true);

        // The factory of Double only: the file holds every function's entry point.
        var file = run.Source("LambdaGenEntryPoints.g.cs");
        var start = file.IndexOf("Create_Double(Host host)", StringComparison.Ordinal);
        var source = file[start..file.IndexOf("\n        }\n", start, StringComparison.Ordinal)];
        Assert.Contains("var serializer = new global::Serialized.KeyValueSerializer();\n            global::System.Action<global::Serialized.Order, global::System.IO.Stream> write = serializer.Serialize<global::Serialized.Order>;\n            return i =>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("LambdaGenJson", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public sealed class S { }", "does not implement Amazon.Lambda.Core.ILambdaSerializer")]
    [InlineData("public sealed class S(int x) : ILambdaSerializer { public T Deserialize<T>(Stream s) => default!; public void Serialize<T>(T r, Stream s) { } }", "has no public parameterless constructor")]
    [InlineData("public abstract class S : ILambdaSerializer { public T Deserialize<T>(Stream s) => default!; public void Serialize<T>(T r, Stream s) { } }", "is not a concrete class")]
    public void An_unusable_serializer_is_LG0022(string serializer, string problem)
    {
        var source = $$"""
            using System.IO;
            using Amazon.Lambda.Core;
            using LambdaGen;
            {{serializer}}
            public static class F { [LambdaFunction, LambdaSerializer(typeof(S))] public static void Run(Stream s) { } }
            """;

        var diagnostics = AwsHostingTests.Analyze(source, aws: true, new Dictionary<string, string>());

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LG0022", diagnostic.Id);
        Assert.Contains(problem, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("LambdaSerializer(typeof(S))", diagnostic.Location.SourceTree!.ToString()[diagnostic.Location.SourceSpan.Start..], StringComparison.Ordinal);
    }
}
