using System.Reflection;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;

namespace LambdaGen.Interop.Tests;

/// <summary>Handlers written against Amazon.Lambda.Core's ILambdaContext/ILambdaLogger/LambdaLogger run on LambdaGen.</summary>
[Collection(ProcessState.Name)]
public sealed class AwsContextTests
{
    private const string AwsHandlers = """
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using LambdaGen;

        namespace Legacy;

        public static class Handlers
        {
            [LambdaFunction]
            public static Stream Describe(Stream input, Amazon.Lambda.Core.ILambdaContext context)
            {
                var text = new StreamReader(input).ReadToEnd();
                var line = $"{context.AwsRequestId}|{context.FunctionName}|{context.FunctionVersion}|{context.MemoryLimitInMB}|{context.LogGroupName}|{context.InvokedFunctionArn.Split(':')[^1]}|{context.RemainingTime.TotalSeconds > 20}|{context.ClientContext is null}|{text}";
                return new MemoryStream(Encoding.UTF8.GetBytes(line));
            }

            [LambdaFunction]
            public static Task Chatty(Amazon.Lambda.Core.ILambdaContext context)
            {
                LambdaLogger.Log("static logger line " + context.AwsRequestId);
                return Task.CompletedTask;
            }

            [LambdaFunction]
            public static void Both(LambdaGen.ILambdaContext ours, Amazon.Lambda.Core.ILambdaContext theirs, System.Threading.CancellationToken ct)
            {
                if (ours.AwsRequestId != theirs.AwsRequestId || ct.IsCancellationRequested) throw new System.InvalidOperationException("contexts differ");
            }
        }
        """;

    [Fact]
    public async Task An_Amazon_ILambdaContext_parameter_binds_to_the_invocation()
    {
        var assembly = InteropHarness.Build(AwsHandlers, aws: true);

        var outputs = await InteropHarness.InvokeAsync(assembly, "Describe", "hello", "again");

        Assert.Equal(
            ["req-1|Describe|1|256|/aws/lambda/Describe|Describe|True|True|hello", "req-2|Describe|1|256|/aws/lambda/Describe|Describe|True|True|again"],
            outputs);
    }

    [Fact]
    public async Task Both_context_types_bind_in_one_function()
    {
        var assembly = InteropHarness.Build(AwsHandlers, aws: true);

        var outputs = await InteropHarness.InvokeAsync(assembly, "Both", "{}");

        Assert.Equal([""], outputs);
    }

    [Fact]
    public async Task The_static_LambdaLogger_reaches_standard_output()
    {
        var assembly = InteropHarness.Build(AwsHandlers, aws: true);
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            await InteropHarness.InvokeAsync(assembly, "Chatty", "{}");
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Contains("static logger line req-1", captured.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_logger_adapter_maps_AWS_levels_onto_LambdaGen_levels()
    {
        var assembly = InteropHarness.Build(AwsHandlers, aws: true);
        var lines = new List<string>();
        var adapterType = assembly.GetType("LambdaGen.Generated.AwsLambdaContext", throwOnError: true)!;
        var adapter = (Amazon.Lambda.Core.ILambdaContext)Activator.CreateInstance(adapterType, new RecordingContext(lines))!;

        adapter.Logger.LogLine("plain");
        adapter.Logger.LogWarning("careful");
        adapter.Logger.Log("ERROR", "broken");
        adapter.Logger.LogCritical("down");

        Assert.Equal(["Information:plain", "Warning:careful", "Error:broken", "Critical:down"], lines);
        Assert.Equal("r-9", adapter.AwsRequestId);
        Assert.Null(adapter.Identity);
    }

    [Fact]
    public void The_adapter_is_emitted_once_and_only_when_Amazon_Lambda_Core_is_referenced()
    {
        var withAws = InteropHarness.Run(AwsHandlers, aws: true);
        var plain = InteropHarness.Run(Sources.PlainLambdaGen, aws: false);
        var plainWithStubs = InteropHarness.Run(Sources.PlainLambdaGen, aws: true);

        Assert.Single(withAws.Generated, static g => g.HintName.StartsWith("Interop/", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.Generated, static g => g.HintName.StartsWith("Interop/", StringComparison.Ordinal));
        Assert.Empty(plain.CompileDiagnostics);
        Assert.Empty(plainWithStubs.CompileDiagnostics);
    }

    [Fact]
    public async Task The_LambdaGen_flavour_runs_through_the_LambdaGen_loop_without_any_AWS_package()
    {
        var assembly = InteropHarness.Build(Sources.PlainLambdaGen, aws: false);
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var loop = LambdaHost.RunAsync(GeneratorHarness.Application(assembly), new LambdaEnvironment(api.Address, "Echo", "Echo", "1", 128, "g", "s"), stop: stop.Token);

        var outcome = await api.Invoke("ping").WaitAsync(TimeSpan.FromSeconds(20));
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("ping/req-1", outcome.Body);
    }

    [Fact]
    public async Task The_AWS_flavour_runs_through_the_LambdaGen_loop_too()
    {
        var assembly = InteropHarness.Build(AwsHandlers, aws: true);
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var loop = LambdaHost.RunAsync(GeneratorHarness.Application(assembly), new LambdaEnvironment(api.Address, "Describe", "Describe", "7", 512, "g", "s"), stop: stop.Token);

        var outcome = await api.Invoke("x").WaitAsync(TimeSpan.FromSeconds(20));
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("req-1|Describe|7|512|g|", outcome.Body, StringComparison.Ordinal);
    }

    private sealed class RecordingContext(List<string> lines) : LambdaGen.ILambdaContext, LambdaGen.ILambdaLogger
    {
        public string AwsRequestId => "r-9";
        public DateTimeOffset Deadline => DateTimeOffset.UtcNow.AddSeconds(3);
        public TimeSpan RemainingTime => TimeSpan.FromSeconds(3);
        public string InvokedFunctionArn => "arn";
        public string? TraceId => null;
        public string? ClientContext => null;
        public string? Identity => null;
        public string FunctionName => "f";
        public string FunctionVersion => "1";
        public int MemoryLimitInMB => 128;
        public string LogGroupName => "g";
        public string LogStreamName => "s";
        public LambdaGen.ILambdaLogger Logger => this;

        public void Log(LambdaLogLevel level, string message) => lines.Add(level + ":" + message);
    }
}

internal static class Sources
{
    public const string PlainLambdaGen = """
        using System.IO;
        using System.Text;
        using LambdaGen;

        namespace Plain;

        public static class Handlers
        {
            [LambdaFunction]
            public static Stream Echo(Stream input, ILambdaContext context)
                => new MemoryStream(Encoding.UTF8.GetBytes(new StreamReader(input).ReadToEnd() + "/" + context.AwsRequestId));
        }
        """;
}
