using System.Buffers;
using System.Text;
using System.Text.Json;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LambdaGen.Tests;

public sealed class RuntimeLoopTests
{
    private static LambdaEnvironment Env(string api, string handler) => new(api, handler, "my-function", "7", 256, "/aws/lambda/my-function", "2026/11/23/[7]abc");

    private static LambdaApplicationDescriptor App(params (string Name, LambdaHandler Handler)[] functions)
        => new(functions.Select(static f => f.Name).ToArray(), (name, _) => functions.FirstOrDefault(f => f.Name == name).Handler);

    private static ValueTask Echo(LambdaInvocation invocation)
    {
        invocation.Output.Write(invocation.Event.Span);
        return default;
    }

    [Fact]
    public async Task Every_event_gets_its_response_in_order()
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var loop = LambdaHost.RunAsync(App(("echo", Echo)), Env(api.Address, "echo"), stop: stop.Token);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => api.Invoke($"{{\"n\":{i}}}")));

        Assert.All(outcomes.Select((o, i) => (o, i)), x => Assert.Equal($"{{\"n\":{x.i}}}", x.o.Body));
        Assert.All(outcomes, o => Assert.False(o.IsError));
        stop.Cancel();
        Assert.Equal(0, await loop.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_throwing_invocation_posts_an_error_and_the_loop_goes_on()
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        LambdaHandler handler = invocation =>
        {
            if (invocation.Event.Span.SequenceEqual("\"boom\""u8))
            {
                throw new InvalidOperationException("the handler failed");
            }

            return Echo(invocation);
        };
        var loop = LambdaHost.RunAsync(App(("f", handler)), Env(api.Address, "f"), stop: stop.Token);

        var first = await api.Invoke("\"ok\"");
        var failed = await api.Invoke("\"boom\"");
        var after = await api.Invoke("\"still ok\"");

        Assert.Equal("\"ok\"", first.Body);
        Assert.True(failed.IsError);
        Assert.Equal("Function.Unhandled", failed.ErrorType);
        using var error = JsonDocument.Parse(failed.Body);
        Assert.Equal("InvalidOperationException", error.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("the handler failed", error.RootElement.GetProperty("errorMessage").GetString());
        Assert.NotEqual(0, error.RootElement.GetProperty("stackTrace").GetArrayLength());
        Assert.Equal("\"still ok\"", after.Body);
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_unknown_handler_reports_an_init_error_listing_the_known_names_and_exits_non_zero()
    {
        await using var api = new RuntimeApiDouble();

        var exit = await LambdaHost.RunAsync(App(("alpha", Echo), ("beta", Echo)), Env(api.Address, "gamma")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotEqual(0, exit);
        var (category, body) = await api.InitError.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("Runtime.InvalidEntrypoint", category);
        Assert.Contains("'gamma'", body, StringComparison.Ordinal);
        Assert.Contains("alpha, beta", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_from_the_runtime_api_ends_the_process()
    {
        await using var api = new RuntimeApiDouble { FailNextWith = 500 };

        var exit = await LambdaHost.RunAsync(App(("echo", Echo)), Env(api.Address, "echo")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task The_context_carries_every_runtime_header_and_environment_value()
    {
        await using var api = new RuntimeApiDouble();
        api.ExtraEventHeaders["Lambda-Runtime-Client-Context"] = "{\"client\":{}}";
        api.ExtraEventHeaders["Lambda-Runtime-Cognito-Identity"] = "{\"cognitoIdentityId\":\"x\"}";
        using var stop = new CancellationTokenSource();
        LambdaHandler handler = invocation =>
        {
            ILambdaContext c = invocation.Context;
            var text = string.Join("|", c.AwsRequestId, c.InvokedFunctionArn, c.TraceId, c.ClientContext, c.Identity, c.FunctionName,
                c.FunctionVersion, c.MemoryLimitInMB, c.LogGroupName, c.LogStreamName, c.RemainingTime > TimeSpan.FromSeconds(5), c.Deadline > DateTimeOffset.UtcNow);
            invocation.Output.Write(Encoding.UTF8.GetBytes(text));
            return default;
        };
        var loop = LambdaHost.RunAsync(App(("ctx", handler)), Env(api.Address, "ctx"), stop: stop.Token);

        var outcome = await api.Invoke("{}", TimeSpan.FromSeconds(20));

        Assert.Equal(
            "req-1|arn:aws:lambda:us-east-1:123456789012:function:test|Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1|{\"client\":{}}|{\"cognitoIdentityId\":\"x\"}|my-function|7|256|/aws/lambda/my-function|2026/11/23/[7]abc|True|True",
            outcome.Body);
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_cancellation_token_fires_the_margin_before_the_deadline()
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        LambdaHandler handler = async invocation =>
        {
            var started = DateTimeOffset.UtcNow;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), invocation.CancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            var left = invocation.Context.Deadline - DateTimeOffset.UtcNow;
            invocation.Output.Write(Encoding.UTF8.GetBytes(left.TotalMilliseconds > 200 ? "cancelled early" : "too late"));
        };
        var loop = LambdaHost.RunAsync(App(("slow", handler)), Env(api.Address, "slow"), TimeSpan.FromMilliseconds(700), stop.Token);

        var outcome = await api.Invoke("{}", TimeSpan.FromMilliseconds(1500));

        Assert.Equal("cancelled early", outcome.Body);
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class Counter
    {
        public static int Created;

        public Counter() => Interlocked.Increment(ref Created);
    }

    private sealed class PerInvocation : IDisposable
    {
        public static int Disposed;

        public void Dispose() => Interlocked.Increment(ref Disposed);
    }

    [Fact]
    public async Task Services_are_built_during_init_and_each_invocation_gets_its_own_scope()
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var app = new LambdaApplicationDescriptor(
            ["svc"],
            (name, host) =>
            {
                host.GetRequiredService<Counter>(); // what generated code does for a function class
                return invocation =>
                {
                    var scoped = invocation.GetService<PerInvocation>();
                    invocation.Output.Write(Encoding.UTF8.GetBytes(scoped.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    return default;
                };
            },
            services => services.AddSingleton<Counter>().AddScoped<PerInvocation>());
        Counter.Created = 0;
        PerInvocation.Disposed = 0;
        var loop = LambdaHost.RunAsync(app, Env(api.Address, "svc"), stop: stop.Token);

        var a = await api.Invoke("{}");
        var b = await api.Invoke("{}");

        Assert.Equal(1, Counter.Created);
        Assert.NotEqual(a.Body, b.Body);
        Assert.Equal(2, PerInvocation.Disposed);
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_large_event_and_response_cross_the_wire_intact()
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var loop = LambdaHost.RunAsync(App(("echo", Echo)), Env(api.Address, "echo"), stop: stop.Token);
        var big = "\"" + new string('x', 1_000_000) + "\"";

        var small = await api.Invoke("\"a\"");
        var large = await api.Invoke(big);
        var small2 = await api.Invoke("\"b\"");

        Assert.Equal("\"a\"", small.Body);
        Assert.Equal(big, large.Body);
        Assert.Equal("\"b\"", small2.Body);
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
