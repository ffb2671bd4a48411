using System.Reflection;
using System.Text.Json;
using LambdaGen.Tool.Emulation;
using LambdaGen.Tool.Gateway;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Tests;

/// <summary>Paths of the FakeFunctionApp fixture, built with this project.</summary>
internal static class FixtureApp
{
    public static string Directory => Metadata("FixtureDirectory");

    public static string TemplatePath => Path.Combine(Directory, "serverless.template");

    public static string ToolAssembly => Path.GetFullPath(Metadata("ToolAssembly"));

    public static AppExecutable Executable => new(Path.GetFullPath(Path.Combine(Metadata("FixtureOutput"), "FakeFunctionApp")), IsNative: false);

    public static SamTemplate Template => SamTemplate.Load(TemplatePath);

    private static string Metadata(string key) => typeof(FixtureApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>A running gateway in front of the fixture's functions, with an HttpClient for it.</summary>
internal sealed class RunningGateway : IAsyncDisposable
{
    private RunningGateway(LocalLambda lambda, HttpApiGateway gateway, HttpClient client, List<string> logs)
    {
        Logs = logs;
        Lambda = lambda;
        Gateway = gateway;
        Client = client;
    }

    public LocalLambda Lambda { get; }

    public HttpApiGateway Gateway { get; }

    public HttpClient Client { get; }

    /// <summary>Gateway and instance log lines; lock it to read.</summary>
    public List<string> Logs { get; }

    public InstancePool Pool(string logicalId) => Lambda.Pool(Lambda.Template.Find(logicalId)!);

    public static async Task<RunningGateway> StartAsync(int concurrency = 10, TimeSpan? idleTimeout = null)
    {
        var logs = new List<string>();
        var settings = new InstanceSettings { Log = line => { lock (logs) { logs.Add(line); } } };
        var lambda = new LocalLambda(FixtureApp.Template, FixtureApp.Executable, settings, concurrency, idleTimeout ?? Timeout.InfiniteTimeSpan);
        var gateway = new HttpApiGateway(lambda, line => { lock (logs) { logs.Add(line); } });
        var address = await gateway.StartAsync(0);
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        return new RunningGateway(lambda, gateway, client, logs);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Gateway.DisposeAsync();
        await Lambda.DisposeAsync();
    }
}
