using System.Diagnostics;
using System.Text.Json;
using LambdaGen.Tool.Commands;
using LambdaGen.Tool.Emulation;

namespace LambdaGen.Tool.Tests;

public sealed class CommandTests
{
    [Fact]
    public async Task Bench_measures_cold_start_warm_round_trips_rss_and_size()
    {
        var template = FixtureApp.Template;
        var function = template.Find("HttpApi")!;
        var events = BenchEvents.For(function);

        var result = await new Bench(FixtureApp.Executable, function, events, runs: 2, invocations: 20, TextWriter.Null).RunAsync();

        Assert.Equal(new[] { "GET /echo/latest", "POST /echo" }, events.Select(e => e.Name));
        Assert.Equal(4, result.Samples["init_ms"].Count);
        Assert.Equal(2, result.Samples["first_response_ms POST /echo"].Count);
        Assert.All(result.Samples["first_response_ms GET /echo/latest"].Zip(result.Samples["init_ms"].Where((_, i) => i % 2 == 0)), p => Assert.True(p.First > p.Second));
        Assert.Equal(2, result.Samples["warm_ms"].Count);
        Assert.True(result.Samples["rss_after_mb"].All(v => v > 1));
        Assert.True(result.BinaryBytes > 0);
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.Equal(2, json.GetProperty("runs").GetInt32());
        Assert.True(json.GetProperty("metrics").GetProperty("init_ms").GetProperty("median").GetDouble() > 0);
        Assert.Contains("start -> first next (ms)", result.FormatTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Event_prints_a_sample_and_refuses_unknown_kinds()
    {
        using var output = new StringWriter();

        Assert.Equal(0, EventCommand.Run(new[] { "sqs" }, output));
        Assert.Equal("aws:sqs", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("Records")[0].GetProperty("eventSource").GetString());
        Assert.Throws<UsageException>(() => EventCommand.Run(new[] { "kafka" }, output));
    }

    [Fact]
    public async Task Serve_stops_on_sigint_and_leaves_no_instance_behind()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { FixtureApp.ToolAssembly, "serve", FixtureApp.Directory, "--no-build", "-c", FixtureApp.Metadata("Configuration"), "--port", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        using var tool = Process.Start(info)!;
        try
        {
            string? url = null;
            while (url is null && await tool.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("Listening on ", StringComparison.Ordinal))
                {
                    url = line.Split(' ')[2];
                }
            }

            Assert.NotNull(url);
            using var client = new HttpClient();
            var body = JsonDocument.Parse(await client.GetStringAsync(url + "/echo/1")).RootElement;
            var instancePid = body.GetProperty("pid").GetInt32();
            Assert.True(IsRunning(instancePid));

            Assert.Equal(0, Kill(tool.Id, "INT"));
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await tool.WaitForExitAsync(limit.Token);

            Assert.Equal(0, tool.ExitCode);
            Assert.False(IsRunning(instancePid));
        }
        finally
        {
            if (!tool.HasExited)
            {
                tool.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Invoke_prints_the_response_of_one_event_read_from_stdin()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { FixtureApp.ToolAssembly, "invoke", "fixture-worker", FixtureApp.Directory, "--no-build", "-c", FixtureApp.Metadata("Configuration"), "--event", "-" })
        {
            info.ArgumentList.Add(arg);
        }

        using var tool = Process.Start(info)!;
        await tool.StandardInput.WriteAsync("""{"Records":[{},{},{}]}""");
        tool.StandardInput.Close();
        var stdout = tool.StandardOutput.ReadToEndAsync();
        var stderr = tool.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await tool.WaitForExitAsync(limit.Token);

        Assert.Equal(0, tool.ExitCode);
        Assert.Equal("""{"records":3}""", (await stdout).Trim());
        Assert.Contains("Worker: Success", await stderr, StringComparison.Ordinal);
    }

    private static bool IsRunning(int pid)
    {
        // A reaped process has no /proc entry; a zombie (exited, not yet reaped) reports state Z.
        var status = "/proc/" + pid + "/status";
        return File.Exists(status) && !File.ReadLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z'));
    }

    private static int Kill(int pid, string signal)
    {
        using var kill = Process.Start("kill", new[] { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
