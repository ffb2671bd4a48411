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

    internal static string Metadata(string key) => typeof(FixtureApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>The repository's samples, built with this project.</summary>
internal static class Samples
{
    public static AppExecutable Executable(string sample)
        => new(Path.GetFullPath(Path.Combine(FixtureApp.Metadata("RepositoryRoot"), "samples", sample, "bin", FixtureApp.Metadata("Configuration"), "net10.0", sample)), IsNative: false);

    /// <summary>
    /// The template LambdaGen wrote beside the sample when there is one; until the manifest step exists, a
    /// handwritten stand-in with the sample's routes.
    /// </summary>
    public static SamTemplate Template(string sample)
    {
        var generated = Path.Combine(FixtureApp.Metadata("RepositoryRoot"), "samples", sample, "serverless.template");
        return SamTemplate.Load(File.Exists(generated) ? generated : Path.Combine(AppContext.BaseDirectory, "SampleTemplates", sample + ".serverless.template"));
    }
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

    public static Task<RunningGateway> StartAsync(int concurrency = 10, TimeSpan? idleTimeout = null)
        => StartAsync(FixtureApp.Template, FixtureApp.Executable, concurrency, idleTimeout);

    public static async Task<RunningGateway> StartAsync(SamTemplate template, AppExecutable executable, int concurrency = 10, TimeSpan? idleTimeout = null)
    {
        var logs = new List<string>();
        var settings = new InstanceSettings { Log = line => { lock (logs) { logs.Add(line); } } };
        var lambda = new LocalLambda(template, executable, settings, concurrency, idleTimeout ?? Timeout.InfiniteTimeSpan);
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
