using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Hosting;
using LambdaGen.Runtime;

// What the generator would emit: Main selects the function from _HANDLER and runs LambdaGen's runtime loop.
return LambdaHost.Run(new LambdaApplicationDescriptor(
    new[] { "Crash", "Echo", "HttpApi", "Large", "Sleep", "Worker" },
    static (name, host) => name switch
    {
        "HttpApi" => Handlers.HttpApi,
        "Sleep" => Handlers.Sleep,
        "Crash" => Handlers.Crash,
        "Large" => Handlers.Large,
        "Worker" => Handlers.Worker,
        _ => null,
    }));

/// <summary>Handwritten handlers with the behaviours the emulator must cope with.</summary>
internal static class Handlers
{
    // Per-process state: shows whether an event reached a warm instance.
    private static int s_invocations;

    /// <summary>The route table: echo routes and a request that misuses the Runtime API.</summary>
    public static ValueTask HttpApi(LambdaInvocation invocation)
    {
        using var document = JsonDocument.Parse(invocation.Event);
        var root = document.RootElement;
        var routeKey = root.GetProperty("routeKey").GetString();
        var count = Interlocked.Increment(ref s_invocations);
        if (routeKey == "GET /rogue")
        {
            return Rogue(invocation);
        }

        if (routeKey == "GET /binary")
        {
            using var writer = new Utf8JsonWriter(invocation.Output);
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", 200);
            writer.WriteStartObject("headers");
            writer.WriteString("content-type", "application/octet-stream");
            writer.WriteEndObject();
            writer.WriteString("body", Convert.ToBase64String(new byte[] { 0, 1, 2, 254, 255 }));
            writer.WriteBoolean("isBase64Encoded", true);
            writer.WriteEndObject();
            return default;
        }

        if (routeKey == "GET /error")
        {
            throw new InvalidOperationException("The handler failed on purpose.");
        }

        WriteV2(invocation, 200, body =>
        {
            body.WriteString("routeKey", routeKey);
            body.WriteNumber("pid", Environment.ProcessId);
            body.WriteNumber("invocation", count);
            body.WriteString("requestId", invocation.Context.AwsRequestId);
            body.WriteString("functionName", Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME"));
            body.WriteString("memory", Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
            body.WriteString("setting", Environment.GetEnvironmentVariable("FIXTURE_SETTING"));
            body.WriteString("global", Environment.GetEnvironmentVariable("GLOBAL_SETTING"));
            body.WriteString("tz", Environment.GetEnvironmentVariable("TZ"));
            body.WriteNumber("remainingMs", (long)invocation.Context.RemainingTime.TotalMilliseconds);
            foreach (var name in new[] { "pathParameters", "queryStringParameters", "cookies" })
            {
                if (root.TryGetProperty(name, out var value))
                {
                    body.WritePropertyName(name);
                    value.WriteTo(body);
                }
            }

            if (root.TryGetProperty("body", out var echoed))
            {
                body.WriteString("body", echoed.GetString());
                body.WriteBoolean("isBase64Encoded", root.GetProperty("isBase64Encoded").GetBoolean());
            }
        });
        Console.WriteLine("echo " + routeKey);
        return default;
    }

    /// <summary>Posts a response for a request id that is not in flight and reports what the Runtime API said.</summary>
    private static async ValueTask Rogue(LambdaInvocation invocation)
    {
        using var client = new RuntimeApiClient(Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")!);
        var response = await client.PostResponseAsync("not-a-request-id", "{}"u8.ToArray());
        var error = await client.PostErrorAsync(Guid.NewGuid().ToString(), "Unhandled", "{}"u8.ToArray());
        WriteV2(invocation, 200, body =>
        {
            body.WriteNumber("responseStatus", response);
            body.WriteNumber("errorStatus", error);
        });
    }

    /// <summary>Sleeps far past its one-second timeout, unless the query says <c>fast</c>.</summary>
    public static async ValueTask Sleep(LambdaInvocation invocation)
    {
        var count = Interlocked.Increment(ref s_invocations);
        if (!Query(invocation).Contains("fast", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
        }

        WriteProcess(invocation, count);
    }

    /// <summary>Ends the process in the middle of the invocation when the query says <c>exit</c>.</summary>
    public static ValueTask Crash(LambdaInvocation invocation)
    {
        var count = Interlocked.Increment(ref s_invocations);
        if (Query(invocation).Contains("exit", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("crashing on purpose");
            Environment.Exit(70);
        }

        WriteProcess(invocation, count);
        return default;
    }

    private static string Query(LambdaInvocation invocation)
    {
        using var document = JsonDocument.Parse(invocation.Event);
        return document.RootElement.TryGetProperty("rawQueryString", out var q) ? q.GetString() ?? "" : "";
    }

    private static void WriteProcess(LambdaInvocation invocation, int count) => WriteV2(invocation, 200, body =>
    {
        body.WriteNumber("pid", Environment.ProcessId);
        body.WriteNumber("invocation", count);
    });

    /// <summary>Answers 7 MB, over the 6 MB Runtime API limit.</summary>
    public static ValueTask Large(LambdaInvocation invocation)
    {
        WriteV2(invocation, 200, static body => body.WriteString("padding", new string('x', 7 * 1024 * 1024)));
        return default;
    }

    /// <summary>A non-HTTP function: counts the records of an SQS-shaped event.</summary>
    public static ValueTask Worker(LambdaInvocation invocation)
    {
        using var document = JsonDocument.Parse(invocation.Event);
        var records = document.RootElement.TryGetProperty("Records", out var r) ? r.GetArrayLength() : 0;
        var writer = new Utf8JsonWriter(invocation.Output);
        writer.WriteStartObject();
        writer.WriteNumber("records", records);
        writer.WriteEndObject();
        writer.Flush();
        return default;
    }

    /// <summary>Writes an API Gateway v2 response whose body is a JSON object built by <paramref name="body"/>.</summary>
    private static void WriteV2(LambdaInvocation invocation, int status, Action<Utf8JsonWriter> body)
    {
        var inner = new System.Buffers.ArrayBufferWriter<byte>();
        using (var bodyWriter = new Utf8JsonWriter(inner))
        {
            bodyWriter.WriteStartObject();
            body(bodyWriter);
            bodyWriter.WriteEndObject();
        }

        using var writer = new Utf8JsonWriter(invocation.Output);
        writer.WriteStartObject();
        writer.WriteNumber("statusCode", status);
        writer.WriteStartObject("headers");
        writer.WriteString("content-type", "application/json");
        writer.WriteString("x-fixture", "yes");
        writer.WriteEndObject();
        writer.WriteStartArray("cookies");
        writer.WriteStringValue("visited=1; Path=/");
        writer.WriteStringValue("theme=dark; HttpOnly");
        writer.WriteEndArray();
        writer.WriteString("body", Encoding.UTF8.GetString(inner.WrittenSpan));
        writer.WriteBoolean("isBase64Encoded", false);
        writer.WriteEndObject();
    }
}
