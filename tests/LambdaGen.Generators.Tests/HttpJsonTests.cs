using System.Text;
using System.Text.Json;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;

namespace LambdaGen.Generators.Tests;

/// <summary>JSON bodies and results through generated route tables: content types, base64, errors, CORS.</summary>
public sealed class HttpJsonTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using LambdaGen;
        using LambdaGen.Http;

        [assembly: LambdaApplication("notes", CorsOrigins = "https://app.example.com")]

        namespace Notes;

        public sealed record NewNote(string Text, int Priority);
        public sealed record Note(int Id, string Text, int Priority);

        public static class NotesApi
        {
            [HttpPost("/notes")]
            public static Task<HttpResult<Note>> Create(NewNote note)
                => Task.FromResult(HttpResult.Created("/notes/7", new Note(7, note.Text, note.Priority)));

            [HttpPut("/notes/{id:int}")]
            public static Note Replace(int id, NewNote? note) => new(id, note?.Text ?? "(empty)", note?.Priority ?? 0);
        }
        """;

    private static readonly Lazy<LambdaApplicationDescriptor> s_application = new(() =>
    {
        var run = GeneratorHarness.Run(Source);
        Assert.Empty(run.CompileDiagnostics);
        return GeneratorHarness.Application(GeneratorHarness.Load(run.Output));
    });

    private static async Task<(int Status, JsonElement Response, string Body)> Send(string @event)
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var loop = LambdaHost.RunAsync(s_application.Value, new LambdaEnvironment(api.Address, "HttpApi", "notes", "1", 128, "g", "s"), stop: stop.Token);
        var outcome = await api.Invoke(@event).WaitAsync(TimeSpan.FromSeconds(20));
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(outcome.IsError, outcome.Body);
        var response = JsonDocument.Parse(outcome.Body).RootElement.Clone();
        return (response.GetProperty("statusCode").GetInt32(), response, response.GetProperty("body").GetString()!);
    }

    [Fact]
    public async Task A_json_body_binds_and_a_created_result_carries_location_and_camel_case_json()
    {
        var (status, response, body) = await Send(HttpEvents.V2("POST", "/notes", body: """{"text":"buy milk","priority":2}"""));

        Assert.Equal(201, status);
        Assert.Equal("/notes/7", response.GetProperty("headers").GetProperty("Location").GetString());
        Assert.Equal("""{"id":7,"text":"buy milk","priority":2}""", body);
    }

    [Fact]
    public async Task A_base64_encoded_body_is_decoded()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"text":"b64","priority":1}"""));

        var (status, _, body) = await Send(HttpEvents.V2("POST", "/notes", body: encoded, base64: true));

        Assert.Equal(201, status);
        Assert.Contains("\"text\":\"b64\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_json_content_type_is_415()
    {
        var (status, response, body) = await Send(HttpEvents.V2("POST", "/notes", body: "text=x", headers: "\"content-type\":\"application/x-www-form-urlencoded\""));

        Assert.Equal(415, status);
        Assert.Equal("application/problem+json", response.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Equal(415, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Malformed_json_is_400_and_the_payload_is_not_echoed()
    {
        var (status, _, body) = await Send(HttpEvents.V2("POST", "/notes", body: """{"text":"<script>alert(1)</script>","priority": """));

        Assert.Equal(400, status);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("not valid JSON for NewNote", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_body_is_400_naming_it_and_an_optional_one_binds_null()
    {
        var (missing, _, missingBody) = await Send(HttpEvents.V2("POST", "/notes"));
        var (optional, _, optionalBody) = await Send(HttpEvents.V2("PUT", "/notes/3"));

        Assert.Equal(400, missing);
        Assert.Equal("The request body 'note' is required.", JsonDocument.Parse(missingBody).RootElement.GetProperty("detail").GetString());
        Assert.Equal(200, optional);
        Assert.Equal("""{"id":3,"text":"(empty)","priority":0}""", optionalBody);
    }

    [Fact]
    public async Task Cors_headers_are_added_for_allowed_origins_and_preflights_are_answered()
    {
        var (_, allowed, _) = await Send(HttpEvents.V2("PUT", "/notes/1", body: """{"text":"x","priority":1}""", headers: "\"content-type\":\"application/json\",\"origin\":\"https://app.example.com\""));
        var (_, other, _) = await Send(HttpEvents.V2("PUT", "/notes/1", body: """{"text":"x","priority":1}""", headers: "\"content-type\":\"application/json\",\"origin\":\"https://evil.example\""));
        var (preflight, preflightResponse, _) = await Send(HttpEvents.V2("OPTIONS", "/notes/1", headers: "\"origin\":\"https://app.example.com\",\"access-control-request-method\":\"PUT\""));

        Assert.Equal("https://app.example.com", allowed.GetProperty("headers").GetProperty("Access-Control-Allow-Origin").GetString());
        Assert.False(other.GetProperty("headers").TryGetProperty("Access-Control-Allow-Origin", out _));
        Assert.Equal(204, preflight);
        Assert.Contains("PUT", preflightResponse.GetProperty("headers").GetProperty("Access-Control-Allow-Methods").GetString(), StringComparison.Ordinal);
    }
}
