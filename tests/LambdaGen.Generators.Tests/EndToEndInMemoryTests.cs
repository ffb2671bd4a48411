using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;

namespace LambdaGen.Generators.Tests;

/// <summary>Layer 4: compile the generated code, load it, and drive it through the real loop and a Runtime API double.</summary>
public sealed class EndToEndInMemoryTests
{
    private static async Task<InvocationOutcome[]> InvokeAsync(string source, string handler, params string[] events)
    {
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.CompileDiagnostics);
        var application = GeneratorHarness.Application(GeneratorHarness.Load(run.Output));
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var environment = new LambdaEnvironment(api.Address, handler, handler, "1", 128, "g", "s");
        var loop = LambdaHost.RunAsync(application, environment, stop: stop.Token);
        var outcomes = new List<InvocationOutcome>();
        foreach (var e in events)
        {
            outcomes.Add(await api.Invoke(e).WaitAsync(TimeSpan.FromSeconds(20)));
        }

        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        return outcomes.ToArray();
    }

    [Fact]
    public async Task A_static_stream_function_reads_the_event_and_writes_its_result()
    {
        var outcomes = await InvokeAsync(Sources.NoJson, "upper", "\"hello\"", "{\"a\":1}");

        Assert.Equal(["\"HELLO\"", "{\"A\":1}"], outcomes.Select(static o => o.Body));
    }

    [Fact]
    public async Task An_instance_function_gets_its_class_and_services_from_the_container()
    {
        var outcomes = await InvokeAsync(Sources.NoJson, "Stamp", "{}", "{}");

        Assert.Equal("2026-11-23/2026-11-23/req-1", outcomes[0].Body);
        Assert.Equal("2026-11-23/2026-11-23/req-2", outcomes[1].Body);
    }

    [Fact]
    public async Task A_void_function_answers_with_an_empty_response()
    {
        var outcomes = await InvokeAsync(Sources.NoJson, "Ping", "{}");

        Assert.False(outcomes[0].IsError);
        Assert.Equal("", outcomes[0].Body);
    }
}
