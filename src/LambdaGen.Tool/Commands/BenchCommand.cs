using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Building;
using LambdaGen.Tool.Emulation;
using LambdaGen.Tool.Gateway;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Commands;

/// <summary>
/// <c>lambdagen bench</c>: cold start and steady state of one function, measured through the emulated Runtime API.
/// Each run starts a fresh process with its first event already queued, so that "first response" is init plus
/// the first event and nothing else. Timestamps are taken by the Runtime API server as each request head arrives.
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new Arguments(args, CommonOptions.Flags);
        var build = CommonOptions.Read(arguments, arguments.Positionals.FirstOrDefault());

        // Measure what ships: Release unless told otherwise.
        build = build with { Configuration = build.Configuration ?? "Release" };
        var runs = arguments.Int("--runs", 20, min: 1);
        var invocations = arguments.Int("--invocations", 2000, min: 0);
        var functionName = arguments.Value("--function");
        var eventFile = arguments.Value("--event");
        var jsonPath = arguments.Value("--json");
        var environment = CommonOptions.Environment(arguments);
        arguments.ThrowOnUnknown();

        var app = await AppBuilder.PrepareAsync(build, Console.Error, CancellationToken.None).ConfigureAwait(false);
        var function = functionName is not null
            ? app.Template.Find(functionName) ?? throw new UsageException($"No function '{functionName}' in {app.Template.Path}.")
            : app.Template.Functions.FirstOrDefault(static f => f.Routes.Count > 0 && f.Handler == "HttpApi")
              ?? app.Template.Functions.FirstOrDefault(static f => f.Routes.Count > 0)
              ?? app.Template.Functions.FirstOrDefault()
              ?? throw new ManifestException($"{app.Template.Path} has no functions.");

        var events = eventFile is not null
            ? new List<(string Name, byte[] Event)> { ("event", await File.ReadAllBytesAsync(eventFile).ConfigureAwait(false)) }
            : BenchEvents.For(function);

        var result = await new Bench(app.Executable, function, events, runs, invocations, Console.Error, environment).RunAsync().ConfigureAwait(false);
        Console.Out.Write(result.FormatTable());
        if (jsonPath is not null)
        {
            await File.WriteAllBytesAsync(jsonPath, result.ToJson()).ConfigureAwait(false);
            Console.Out.WriteLine("JSON: " + Path.GetFullPath(jsonPath));
        }

        return 0;
    }
}

/// <summary>The events a bench sends: for an HTTP function a GET and a POST with a JSON body, as API Gateway would build them.</summary>
internal static class BenchEvents
{
    public static List<(string Name, byte[] Event)> For(FunctionSpec function)
    {
        var events = new List<(string, byte[])>();
        var get = function.Routes.FirstOrDefault(static r => r.Method == "GET" && r.Path is not null && !r.Path.Contains('{'))
            ?? function.Routes.FirstOrDefault(static r => r.Method is "GET" or "ANY" && r.Path is not null);
        var post = function.Routes.FirstOrDefault(static r => r.Method == "POST" && r.Path is not null);
        if (get is not null)
        {
            events.Add(("GET " + get.Path, Http(function, get, "GET", null)));
        }

        if (post is not null)
        {
            events.Add(("POST " + post.Path, Http(function, post, "POST", "{\"title\":\"Measure the cold start\",\"done\":false}")));
        }

        if (events.Count == 0)
        {
            events.Add(("{}", "{}"u8.ToArray()));
        }

        return events;
    }

    private static byte[] Http(FunctionSpec function, RouteSpec route, string method, string? body)
    {
        // Path variables get "1", a greedy one "a/b".
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = string.Join('/', route.Path!.Split('/').Select(segment =>
        {
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                var name = segment.Trim('{', '}');
                var greedy = name.EndsWith('+');
                name = name.TrimEnd('+');
                parameters[name] = greedy ? "a/b" : "1";
                return parameters[name];
            }

            return segment;
        }));
        var headers = new List<KeyValuePair<string, string>>
        {
            new("accept", "application/json"),
            new("host", "bench.execute-api.us-east-1.amazonaws.com"),
            new("user-agent", "lambdagen-bench"),
        };
        if (body is not null)
        {
            headers.Add(new("content-type", "application/json"));
        }

        var request = new GatewayRequest(method, path, "", headers, body is null ? default : Encoding.UTF8.GetBytes(body), "127.0.0.1", "bench.execute-api.us-east-1.amazonaws.com", DateTimeOffset.UtcNow);
        return PayloadV2.CreateEvent(request, new RouteMatch(function, route, parameters), "bench");
    }
}

/// <summary>The measurement loop.</summary>
internal sealed class Bench(AppExecutable executable, FunctionSpec function, List<(string Name, byte[] Event)> events, int runs, int invocations, TextWriter progress, IReadOnlyDictionary<string, string>? environment = null)
{
    public async Task<BenchResult> RunAsync()
    {
        var settings = new InstanceSettings { ExtraEnvironment = environment };
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string metric, double value)
        {
            if (!samples.TryGetValue(metric, out var list))
            {
                samples[metric] = list = new List<double>();
            }

            list.Add(value);
        }

        // One unmeasured run first: it pays for the tool's own JIT and the binary's page cache.
        for (var run = 0; run <= runs; run++)
        {
            var measured = run > 0;
            for (var e = 0; e < events.Count; e++)
            {
                var (name, first) = events[e];
                await using var instance = new FunctionInstance(function, executable, settings);
                instance.Start();
                var outcome = await instance.InvokeAsync(first).ConfigureAwait(false);
                if (outcome.Kind != OutcomeKind.Success)
                {
                    throw new BuildException($"The first event ({name}) did not succeed: {outcome.Kind} {Encoding.UTF8.GetString(outcome.Body.Span)}");
                }

                var rssFirst = instance.PeakRssKiB();
                if (!measured)
                {
                    continue;
                }

                Add("init_ms", Ms(instance.StartedTimestamp, instance.FirstNextTimestamp));
                Add("first_response_ms " + name, Ms(instance.StartedTimestamp, outcome.RespondedTimestamp));
                if (rssFirst is { } kb)
                {
                    Add("rss_first_mb " + name, kb / 1024.0);
                }

                // Steady state on the first event's instance only: every event kind in turn.
                if (e == 0 && invocations > 0)
                {
                    var roundTrips = new double[invocations];
                    for (var i = 0; i < invocations; i++)
                    {
                        var started = Stopwatch.GetTimestamp();
                        var warm = await instance.InvokeAsync(events[i % events.Count].Event).ConfigureAwait(false);
                        roundTrips[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        if (warm.Kind != OutcomeKind.Success)
                        {
                            throw new BuildException($"Warm invocation {i} failed: {warm.Kind}");
                        }
                    }

                    Array.Sort(roundTrips);
                    Add("warm_ms", roundTrips[roundTrips.Length / 2]);
                    Add("warm_p99_ms", roundTrips[(int)(roundTrips.Length * 0.99)]);
                    if (instance.PeakRssKiB() is { } after)
                    {
                        Add("rss_after_mb", after / 1024.0);
                    }
                }
            }

            if (measured)
            {
                progress.WriteLine($"run {run}/{runs} done");
            }
        }

        return new BenchResult(executable, function, events.Select(static e => e.Name).ToList(), runs, invocations, executable.SizeInBytes(), samples)
        {
            LoadAverage = LoadAverage(),
        };
    }

    /// <summary>The 1-minute load average after the runs: on a shared machine it says how much to trust the figures.</summary>
    private static string? LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double Ms(long from, long to) => to == 0 ? double.NaN : Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}

/// <summary>Medians over runs, as a table and as JSON.</summary>
internal sealed class BenchResult(AppExecutable executable, FunctionSpec function, List<string> events, int runs, int invocations, long binaryBytes, Dictionary<string, List<double>> samples)
{
    public IReadOnlyDictionary<string, List<double>> Samples => samples;

    public long BinaryBytes => binaryBytes;

    /// <summary>The 1-minute load average when the runs ended (Linux), for judging noise.</summary>
    public string? LoadAverage { get; init; }

    public static double Median(List<double> values)
    {
        var sorted = values.Where(static v => !double.IsNaN(v)).OrderBy(static v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public string FormatTable()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{Path.GetFileName(executable.Path)} ({(executable.IsNative ? "native AOT" : "managed")}), function {function.LogicalId}, {runs} runs, {invocations} warm invocations, medians");
        text.AppendLine(inv, $"{"metric",-58} {"median",10} {"min",10} {"max",10}");
        foreach (var (name, values) in samples.OrderBy(static s => Order(s.Key)).ThenBy(static s => s.Key, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"{Label(name),-58} {Median(values),10:0.00} {values.Min(),10:0.00} {values.Max(),10:0.00}");
        }

        text.AppendLine(inv, $"{"binary size (MB)",-58} {binaryBytes / 1024.0 / 1024.0,10:0.00}");
        text.AppendLine(inv, $"machine: {Environment.ProcessorCount} cores, load average {LoadAverage ?? "n/a"} (1 min) at the end");
        return text.ToString();
    }

    public byte[] ToJson() => Json.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("executable", executable.Path);
        w.WriteBoolean("native", executable.IsNative);
        w.WriteString("function", function.LogicalId);
        w.WriteNumber("runs", runs);
        w.WriteNumber("warmInvocations", invocations);
        w.WriteStartArray("firstEvents");
        foreach (var e in events)
        {
            w.WriteStringValue(e);
        }

        w.WriteEndArray();
        w.WriteNumber("binaryBytes", binaryBytes);
        w.WriteString("os", System.Runtime.InteropServices.RuntimeInformation.OSDescription);
        w.WriteNumber("processorCount", Environment.ProcessorCount);
        w.WriteString("loadAverage", LoadAverage);
        w.WriteStartObject("metrics");
        foreach (var (name, values) in samples.OrderBy(static s => s.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(name);
            w.WriteNumber("median", Math.Round(Median(values), 3));
            w.WriteNumber("min", Math.Round(values.Min(), 3));
            w.WriteNumber("max", Math.Round(values.Max(), 3));
            w.WriteStartArray("samples");
            foreach (var v in values)
            {
                w.WriteNumberValue(Math.Round(v, 3));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }, indented: true);

    private static int Order(string key) => key switch
    {
        _ when key.StartsWith("init", StringComparison.Ordinal) => 0,
        _ when key.StartsWith("first_response", StringComparison.Ordinal) => 1,
        _ when key.StartsWith("warm", StringComparison.Ordinal) => 2,
        _ => 3,
    };

    private static string Label(string key)
    {
        var space = key.IndexOf(' ');
        var metric = space > 0 ? key.Substring(0, space) : key;
        var detail = space > 0 ? " (" + key.Substring(space + 1) + ")" : "";
        return metric switch
        {
            "init_ms" => "start -> first next (ms)",
            "first_response_ms" => "start -> first response" + detail + " (ms)",
            "warm_ms" => "warm round trip, median (ms)",
            "warm_p99_ms" => "warm round trip, p99 (ms)",
            "rss_first_mb" => "peak RSS after first response" + detail + " (MB)",
            "rss_after_mb" => "peak RSS after warm invocations (MB)",
            _ => key,
        } ;
    }
}
