using System.Net.Sockets;
using System.Text;
using LambdaGen.Runtime;
using LambdaGen.Tool.Emulation;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Tests;

/// <summary>
/// The Runtime API emulator at the protocol level: the test plays the runtime with LambdaGen's own client, while
/// the instance's process is a stand-in (<c>cat</c>, which waits on its stdin) so that nothing else talks.
/// </summary>
public sealed class RuntimeApiTests
{
    private static readonly FunctionSpec Function = new("Fn", "fn", "Fn", 128, TimeSpan.FromSeconds(30), new Dictionary<string, string> { ["OWN"] = "1" }, null, Array.Empty<RouteSpec>(), Array.Empty<string>());

    private static FunctionInstance Start()
    {
        var instance = new FunctionInstance(Function, new AppExecutable("/bin/cat", IsNative: true), new InstanceSettings { MaxResponseBytes = 1024 });
        instance.Start();
        return instance;
    }

    [Fact]
    public async Task Next_hands_over_the_event_with_the_lambda_headers_and_the_response_completes_it()
    {
        await using var instance = Start();
        using var client = new RuntimeApiClient(instance.RuntimeApi);

        var invoke = instance.InvokeAsync("""{"n":1}"""u8.ToArray(), "req-1");
        var next = await client.NextAsync();

        Assert.Equal("req-1", next.Headers.RequestId);
        Assert.Equal("""{"n":1}""", Encoding.UTF8.GetString(next.Body.Span));
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:fn", next.Headers.InvokedFunctionArn);
        Assert.StartsWith("Root=1-", next.Headers.TraceId, StringComparison.Ordinal);
        Assert.InRange(next.Headers.DeadlineMs - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 1, 30_000);
        Assert.Equal(202, await client.PostResponseAsync("req-1", "\"ok\""u8.ToArray()));
        var outcome = await invoke;
        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal("\"ok\"", Encoding.UTF8.GetString(outcome.Body.Span));
    }

    [Fact]
    public async Task Answers_for_an_unknown_or_finished_request_id_get_400_InvalidRequestID()
    {
        await using var instance = Start();
        using var client = new RuntimeApiClient(instance.RuntimeApi);
        var invoke = instance.InvokeAsync("{}"u8.ToArray(), "req-1");
        await client.NextAsync();

        Assert.Equal(400, await client.PostResponseAsync("someone-else", "{}"u8.ToArray()));
        Assert.Equal(400, await client.PostErrorAsync("someone-else", "Unhandled", "{}"u8.ToArray()));
        Assert.Equal(202, await client.PostResponseAsync("req-1", "{}"u8.ToArray()));
        Assert.Equal(400, await client.PostResponseAsync("req-1", "{}"u8.ToArray()));
        Assert.Equal(OutcomeKind.Success, (await invoke).Kind);
    }

    [Fact]
    public async Task A_response_over_the_limit_gets_413_and_the_error_that_follows_ends_the_invocation()
    {
        await using var instance = Start();
        using var client = new RuntimeApiClient(instance.RuntimeApi);
        var invoke = instance.InvokeAsync("{}"u8.ToArray(), "req-1");
        await client.NextAsync();

        Assert.Equal(413, await client.PostResponseAsync("req-1", new byte[2048]));
        Assert.Equal(202, await client.PostErrorAsync("req-1", "Function.ResponseSizeTooLarge", """{"errorType":"x","errorMessage":"y"}"""u8.ToArray()));

        var outcome = await invoke;
        Assert.Equal(OutcomeKind.TooLarge, outcome.Kind);
        Assert.Equal("Function.ResponseSizeTooLarge", outcome.ErrorType);
    }

    [Fact]
    public async Task A_chunked_response_is_read_whole()
    {
        await using var instance = Start();
        using var client = new RuntimeApiClient(instance.RuntimeApi);
        var invoke = instance.InvokeAsync("{}"u8.ToArray(), "req-1");
        await client.NextAsync();

        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        var port = int.Parse(instance.RuntimeApi.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        await socket.ConnectAsync(System.Net.IPAddress.Loopback, port);
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            "POST /2018-06-01/runtime/invocation/req-1/response HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n"));
        var reply = new byte[512];
        var read = await socket.ReceiveAsync(reply);

        Assert.StartsWith("HTTP/1.1 202", Encoding.ASCII.GetString(reply, 0, read), StringComparison.Ordinal);
        Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString((await invoke).Body.Span));
    }

    [Fact]
    public async Task A_function_error_carries_the_error_type_header_and_body()
    {
        await using var instance = Start();
        using var client = new RuntimeApiClient(instance.RuntimeApi);
        var invoke = instance.InvokeAsync("{}"u8.ToArray(), "req-1");
        await client.NextAsync();

        Assert.Equal(202, await client.PostErrorAsync("req-1", "Function.Unhandled", """{"errorType":"Boom","errorMessage":"no"}"""u8.ToArray()));

        var outcome = await invoke;
        Assert.Equal(OutcomeKind.FunctionError, outcome.Kind);
        Assert.Equal("Function.Unhandled", outcome.ErrorType);
        Assert.Contains("Boom", Encoding.UTF8.GetString(outcome.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_error_is_accepted_before_the_first_next_and_refused_after()
    {
        await using var instance = Start();
        using var client = new RuntimeApiClient(instance.RuntimeApi);

        Assert.Equal(202, await client.PostInitErrorAsync("Runtime.InitError", """{"errorType":"X","errorMessage":"bad config"}"""u8.ToArray()));
        var invoke = instance.InvokeAsync("{}"u8.ToArray(), "req-1");
        await client.NextAsync();
        Assert.Equal(403, await client.PostInitErrorAsync("Runtime.InitError", "{}"u8.ToArray()));
        await client.PostResponseAsync("req-1", "{}"u8.ToArray());
        await invoke;
    }

    [Fact]
    public void The_environment_has_the_documented_lambda_variables_then_the_function_s()
    {
        var instance = new FunctionInstance(Function, new AppExecutable("/opt/app/bootstrap", IsNative: true), new InstanceSettings { Region = "eu-west-1" });

        var environment = instance.EnvironmentFor().ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(instance.RuntimeApi, environment["AWS_LAMBDA_RUNTIME_API"]);
        Assert.Equal("Fn", environment["_HANDLER"]);
        Assert.Equal("fn", environment["AWS_LAMBDA_FUNCTION_NAME"]);
        Assert.Equal("$LATEST", environment["AWS_LAMBDA_FUNCTION_VERSION"]);
        Assert.Equal("128", environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]);
        Assert.Equal("/aws/lambda/fn", environment["AWS_LAMBDA_LOG_GROUP_NAME"]);
        Assert.Contains("[$LATEST]", environment["AWS_LAMBDA_LOG_STREAM_NAME"], StringComparison.Ordinal);
        Assert.Equal("eu-west-1", environment["AWS_REGION"]);
        Assert.Equal("eu-west-1", environment["AWS_DEFAULT_REGION"]);
        Assert.Equal(":UTC", environment["TZ"]);
        Assert.Equal("/opt/app", environment["LAMBDA_TASK_ROOT"]);
        Assert.Equal("1", environment["OWN"]);
    }
}
