using System.Diagnostics;
using System.Text.Json;
using LambdaGen.Testing;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>Publishes a sample with Native AOT once per test class; the binary is then driven through the Runtime API double.</summary>
public abstract class NativeSampleFixture
{
    protected NativeSampleFixture(string sample)
    {
        Directory = Path.Combine(Path.GetTempPath(), "lambdagen-aot-" + sample + "-" + Guid.NewGuid().ToString("N"));
        var publish = DotNet.Run($"publish samples/{sample}/{sample}.csproj -c Release -r linux-x64 -o \"{Directory}\"", timeout: TimeSpan.FromMinutes(10));
        PublishOutput = publish.Output;
        publish.EnsureSuccess();
        Executable = Path.Combine(Directory, sample);
    }

    public string Directory { get; }

    public string Executable { get; }

    public string PublishOutput { get; }
}

public sealed class HelloFixture() : NativeSampleFixture("Hello");

public sealed class TodoApiFixture() : NativeSampleFixture("TodoApi");

public sealed class NativeHelloTests(HelloFixture fixture) : IClassFixture<HelloFixture>
{
    [Fact]
    public void The_aot_publish_has_no_warnings()
    {
        Assert.DoesNotMatch(@"warning (IL|CS)\d{4}", fixture.PublishOutput);
        Assert.True(File.Exists(fixture.Executable));
    }

    [Fact]
    public async Task The_native_binary_answers_1000_invocations_with_none_lost()
    {
        await using var api = new RuntimeApiDouble();
        using var process = DotNet.StartFunction(fixture.Executable, "Shout", api.Address);
        try
        {
            var outcomes = new List<InvocationOutcome>();
            for (var i = 0; i < 1000; i++)
            {
                outcomes.Add(await api.Invoke($$"""{"name":"user{{i}}"}""").WaitAsync(TimeSpan.FromSeconds(30)));
            }

            Assert.Equal(1000, outcomes.Count);
            for (var i = 0; i < outcomes.Count; i++)
            {
                Assert.False(outcomes[i].IsError, outcomes[i].Body);
                using var document = JsonDocument.Parse(outcomes[i].Body);
                Assert.Equal($"USER{i}!", document.RootElement.GetProperty("message").GetString());
            }
        }
        finally
        {
            process.Kill();
        }
    }

    [Fact]
    public async Task The_instance_function_gets_its_services_and_keeps_its_state_across_invocations()
    {
        await using var api = new RuntimeApiDouble();
        using var process = DotNet.StartFunction(fixture.Executable, "greet", api.Address);
        try
        {
            var first = await api.Invoke("""{"name":"Ann","language":"fr"}""").WaitAsync(TimeSpan.FromSeconds(30));
            var second = await api.Invoke("""{"name":"Bob"}""").WaitAsync(TimeSpan.FromSeconds(30));
            var bad = await api.Invoke("""{"name":""}""").WaitAsync(TimeSpan.FromSeconds(30));
            var malformed = await api.Invoke("""{"name":""").WaitAsync(TimeSpan.FromSeconds(30));
            var after = await api.Invoke("""{"name":"Cy","language":"de"}""").WaitAsync(TimeSpan.FromSeconds(30));

            using var a = JsonDocument.Parse(first.Body);
            Assert.Equal("Bonjour, Ann", a.RootElement.GetProperty("message").GetString());
            Assert.Equal(1, a.RootElement.GetProperty("count").GetInt32());
            using var b = JsonDocument.Parse(second.Body);
            Assert.Equal(2, b.RootElement.GetProperty("count").GetInt32());
            Assert.True(bad.IsError);
            Assert.Contains("ArgumentException", bad.Body, StringComparison.Ordinal);
            Assert.True(malformed.IsError);
            Assert.Equal("Runtime.SerializationError", malformed.ErrorType);
            using var c = JsonDocument.Parse(after.Body);
            Assert.Equal("Hallo, Cy", c.RootElement.GetProperty("message").GetString());
        }
        finally
        {
            process.Kill();
        }
    }

    [Fact]
    public async Task An_unknown_handler_reports_an_init_error_and_exits_non_zero()
    {
        await using var api = new RuntimeApiDouble();
        using var process = DotNet.StartFunction(fixture.Executable, "nope", api.Address);

        var (_, body) = await api.InitError.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(process.WaitForExit(10_000));

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Shout, greet", body, StringComparison.Ordinal);
    }
}

public sealed class NativeTodoApiTests(TodoApiFixture fixture) : IClassFixture<TodoApiFixture>
{
    [Fact]
    public void The_aot_publish_has_no_warnings() => Assert.DoesNotMatch(@"warning (IL|CS)\d{4}", fixture.PublishOutput);

    [Fact]
    public async Task A_scripted_crud_session_gets_the_right_statuses_and_bodies()
    {
        await using var api = new RuntimeApiDouble();
        using var process = DotNet.StartFunction(fixture.Executable, "HttpApi", api.Address);
        try
        {
            async Task<(int Status, JsonElement Body, JsonElement Response)> Send(string method, string path, string? body = null, string? routeKey = null, string? pathParameters = null, string query = "")
            {
                var outcome = await api.Invoke(HttpEvents.V2(method, path, routeKey, query, body, pathParameters)).WaitAsync(TimeSpan.FromSeconds(30));
                Assert.False(outcome.IsError, outcome.Body);
                var response = JsonDocument.Parse(outcome.Body).RootElement.Clone();
                var text = response.GetProperty("body").GetString();
                var parsed = string.IsNullOrEmpty(text) || text == "ok" ? default : JsonDocument.Parse(text).RootElement.Clone();
                return (response.GetProperty("statusCode").GetInt32(), parsed, response);
            }

            var created = await Send("POST", "/todos", """{"title":"write docs"}""");
            Assert.Equal(201, created.Status);
            Assert.Equal("/todos/1", created.Response.GetProperty("headers").GetProperty("Location").GetString());
            Assert.Equal("write docs", created.Body.GetProperty("title").GetString());

            var fetched = await Send("GET", "/ignored", routeKey: "GET /todos/{id}", pathParameters: "\"id\":\"1\"");
            Assert.Equal(200, fetched.Status);
            Assert.False(fetched.Body.GetProperty("done").GetBoolean());

            await Send("POST", "/todos", """{"title":"second"}""");
            var list = await Send("GET", "/todos", query: "done=false&pageSize=10");
            Assert.Equal(200, list.Status);
            Assert.Equal(2, list.Body.GetProperty("total").GetInt32());

            var patched = await Send("PATCH", "/todos/1", """{"done":true}""");
            Assert.Equal(200, patched.Status);
            Assert.True(patched.Body.GetProperty("done").GetBoolean());

            var replaced = await Send("PUT", "/todos/2", """{"title":"renamed"}""");
            Assert.Equal("renamed", replaced.Body.GetProperty("title").GetString());

            var deleted = await Send("DELETE", "/todos/1");
            Assert.Equal(204, deleted.Status);
            Assert.Equal(404, (await Send("GET", "/todos/1")).Status);

            var unknown = await Send("GET", "/nothing/here");
            Assert.Equal(404, unknown.Status);
            Assert.Equal("application/problem+json", unknown.Response.GetProperty("headers").GetProperty("content-type").GetString());

            var wrongMethod = await Send("POST", "/todos/2");
            Assert.Equal(405, wrongMethod.Status);
            Assert.Equal("DELETE, GET, HEAD, PATCH, PUT", wrongMethod.Response.GetProperty("headers").GetProperty("Allow").GetString());

            var badJson = await Send("POST", "/todos", """{"title": """);
            Assert.Equal(400, badJson.Status);
            Assert.Contains("not valid JSON", badJson.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);

            var badInt = await Send("GET", "/todos", query: "page=first");
            Assert.Equal(400, badInt.Status);
            Assert.Equal("The query parameter 'page' must be an integer (int).", badInt.Body.GetProperty("detail").GetString());

            var emptyTitle = await Send("POST", "/todos", """{"title":" "}""");
            Assert.Equal(400, emptyTitle.Status);
        }
        finally
        {
            process.Kill();
        }
    }
}

public sealed class OrderPipelineFixture() : NativeSampleFixture("OrderPipeline");

public sealed class NativeOrderPipelineTests(OrderPipelineFixture fixture) : IClassFixture<OrderPipelineFixture>
{
    [Fact]
    public void The_aot_publish_has_no_warnings() => Assert.DoesNotMatch(@"warning (IL|CS)\d{4}", fixture.PublishOutput);

    [Fact]
    public async Task The_native_sqs_consumer_reports_only_the_malformed_message()
    {
        await using var api = new RuntimeApiDouble();
        using var process = DotNet.StartFunction(fixture.Executable, "process-orders", api.Address);
        try
        {
            static string Message(string id, string body) => $$"""{"messageId":"{{id}}","receiptHandle":"r","body":{{JsonSerializer.Serialize(body)}},"attributes":{},"messageAttributes":{},"md5OfBody":"x","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:us-east-1:123456789012:orders","awsRegion":"us-east-1"}""";
            var batch = "{\"Records\":[" + string.Join(",", Enumerable.Range(1, 5).Select(i => Message("m" + i, i == 3 ? "not json" : $$"""{"orderId":"o{{i}}","customer":"c","total":{{i}},"lines":[]}"""))) + "]}";

            var outcome = await api.Invoke(batch).WaitAsync(TimeSpan.FromSeconds(30));

            using var response = JsonDocument.Parse(outcome.Body);
            Assert.Equal(["m3"], response.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(static f => f.GetProperty("itemIdentifier").GetString()));
        }
        finally
        {
            process.Kill();
        }
    }
}
