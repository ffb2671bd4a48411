using System.Net;
using System.Text.Json;
using LambdaGen.Tool.Emulation;

namespace LambdaGen.Tool.Tests;

/// <summary>Lambda's execution model as the emulator reproduces it, against real processes of the fixture app.</summary>
public sealed class EmulatorTests
{
    [Fact]
    public async Task Twenty_parallel_requests_start_several_instances_and_every_one_is_answered()
    {
        await using var running = await RunningGateway.StartAsync(concurrency: 5);

        var requests = Enumerable.Range(0, 20).Select(i => running.GetJsonAsync($"/echo/{i}")).ToArray();
        var results = await Task.WhenAll(requests);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, results[i].Response.StatusCode);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), results[i].Body.GetProperty("pathParameters").GetProperty("id").GetString());
        }

        Assert.Equal(20, results.Select(r => r.Body.GetProperty("requestId").GetString()).Distinct().Count());
        var pids = results.Select(r => r.Body.GetProperty("pid").GetInt32()).Distinct().Count();
        var pool = running.Pool("HttpApi");
        Assert.InRange(pool.InstancesStarted, 2, 5);
        Assert.Equal(pool.InstancesStarted, pids);

        // One event at a time per instance: the invocation counters of each process run 1..n without gaps.
        foreach (var group in results.GroupBy(r => r.Body.GetProperty("pid").GetInt32()))
        {
            var counts = group.Select(r => r.Body.GetProperty("invocation").GetInt32()).OrderBy(c => c).ToArray();
            Assert.Equal(Enumerable.Range(1, counts.Length), counts);
        }
    }

    [Fact]
    public async Task Events_past_the_concurrency_limit_wait_for_a_free_instance()
    {
        await using var running = await RunningGateway.StartAsync(concurrency: 2);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => running.GetJsonAsync($"/echo/{i}")));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.InRange(running.Pool("HttpApi").InstancesStarted, 1, 2);
    }

    [Fact]
    public async Task A_warm_instance_takes_the_next_event()
    {
        await using var running = await RunningGateway.StartAsync();
        var fixture = running.Lambda.Template.Find("HttpApi")!;

        var first = await running.GetJsonAsync("/echo/1");
        var second = await running.GetJsonAsync("/echo/2");

        Assert.Equal(first.Body.GetProperty("pid").GetInt32(), second.Body.GetProperty("pid").GetInt32());
        Assert.Equal(1, first.Body.GetProperty("invocation").GetInt32());
        Assert.Equal(2, second.Body.GetProperty("invocation").GetInt32());
        Assert.Equal(1, running.Lambda.Pool(fixture).InstancesStarted);

        var third = await running.Lambda.InvokeAsync(fixture, """{"routeKey":"GET /echo/{id}","pathParameters":{"id":"3"}}"""u8.ToArray());
        Assert.False(third.ColdStart);
    }

    [Fact]
    public async Task A_handler_past_its_timeout_is_killed_with_504_and_the_next_event_gets_a_fresh_instance()
    {
        await using var running = await RunningGateway.StartAsync();
        var pool = running.Pool("Sleep");

        var slow = await running.Client.GetAsync("/slow");

        Assert.Equal(HttpStatusCode.GatewayTimeout, slow.StatusCode);
        Assert.Equal(0, pool.InstancesAlive);

        var fast = await running.GetJsonAsync("/slow?fast");
        Assert.Equal(HttpStatusCode.OK, fast.Response.StatusCode);
        Assert.Equal(1, fast.Body.GetProperty("invocation").GetInt32());
        Assert.Equal(2, pool.InstancesStarted);
        lock (running.Logs)
        {
            Assert.Contains(running.Logs, l => l.Contains("Task timed out after 1.00 seconds", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_crash_answers_502_and_the_next_event_gets_a_fresh_instance()
    {
        await using var running = await RunningGateway.StartAsync();
        var pool = running.Pool("Crash");
        var warm = await running.GetJsonAsync("/crash");
        var crashedPid = warm.Body.GetProperty("pid").GetInt32();

        var crash = await running.Client.GetAsync("/crash?exit");

        Assert.Equal(HttpStatusCode.BadGateway, crash.StatusCode);
        var after = await running.GetJsonAsync("/crash");
        Assert.Equal(HttpStatusCode.OK, after.Response.StatusCode);
        Assert.NotEqual(crashedPid, after.Body.GetProperty("pid").GetInt32());
        Assert.Equal(1, after.Body.GetProperty("invocation").GetInt32());
        Assert.Equal(2, pool.InstancesStarted);
        lock (running.Logs)
        {
            Assert.Contains(running.Logs, l => l.StartsWith("[Crash ", StringComparison.Ordinal) && l.EndsWith("crashing on purpose", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_response_over_6_MB_answers_413_and_the_instance_lives_on()
    {
        await using var running = await RunningGateway.StartAsync();

        var response = await running.Client.GetAsync("/large");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(1, running.Pool("Large").InstancesAlive);
    }

    [Fact]
    public async Task The_runtime_api_refuses_answers_for_a_request_id_that_is_not_in_flight()
    {
        await using var running = await RunningGateway.StartAsync();

        var rogue = await running.GetJsonAsync("/rogue");

        // The function posted a response and an error for unknown ids (both 400), then answered its own event.
        Assert.Equal(HttpStatusCode.OK, rogue.Response.StatusCode);
        Assert.Equal(400, rogue.Body.GetProperty("responseStatus").GetInt32());
        Assert.Equal(400, rogue.Body.GetProperty("errorStatus").GetInt32());
    }

    [Fact]
    public async Task A_function_error_answers_500_and_keeps_the_instance()
    {
        await using var running = await RunningGateway.StartAsync();
        var before = await running.GetJsonAsync("/echo/1");

        var error = await running.Client.GetAsync("/error");

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", await error.Content.ReadAsStringAsync());
        var after = await running.GetJsonAsync("/echo/2");
        Assert.Equal(before.Body.GetProperty("pid").GetInt32(), after.Body.GetProperty("pid").GetInt32());
    }

    [Fact]
    public async Task Idle_instances_stop_after_the_idle_time()
    {
        await using var running = await RunningGateway.StartAsync(idleTimeout: TimeSpan.FromMilliseconds(200));
        var pool = running.Pool("HttpApi");
        await running.GetJsonAsync("/echo/1");

        // Polled with a generous limit: this asserts that it happens, not how fast.
        var limit = DateTime.UtcNow.AddSeconds(20);
        while (pool.InstancesAlive > 0 && DateTime.UtcNow < limit)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, pool.InstancesAlive);
        var again = await running.GetJsonAsync("/echo/2");
        Assert.Equal(1, again.Body.GetProperty("invocation").GetInt32());
    }

    [Fact]
    public async Task Instances_get_the_lambda_environment_and_the_template_variables()
    {
        await using var running = await RunningGateway.StartAsync();

        var (_, body) = await running.GetJsonAsync("/echo/1");

        Assert.Equal("HttpApi", body.GetProperty("functionName").GetString());
        Assert.Equal("512", body.GetProperty("memory").GetString());
        Assert.Equal("from-template", body.GetProperty("setting").GetString());
        Assert.Equal("global", body.GetProperty("global").GetString());
        Assert.Equal(":UTC", body.GetProperty("tz").GetString());
        Assert.InRange(body.GetProperty("remainingMs").GetInt64(), 1, 10_000);
        lock (running.Logs)
        {
            Assert.Contains(running.Logs, l => l.StartsWith("[HttpApi " + body.GetProperty("requestId").GetString() + "] echo GET /echo/{id}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_non_http_function_runs_any_event()
    {
        var template = FixtureApp.Template;
        var worker = template.Find("fixture-worker")!;
        await using var pool = new InstancePool(worker, FixtureApp.Executable, new InstanceSettings(), 1, Timeout.InfiniteTimeSpan);

        var outcome = await pool.InvokeAsync(System.Text.Encoding.UTF8.GetBytes(Events.SampleEvents.Get("sqs", DateTimeOffset.UtcNow)!));

        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal("""{"records":1}""", System.Text.Encoding.UTF8.GetString(outcome.Body.Span));
        Assert.True(outcome.ColdStart);
    }
}
