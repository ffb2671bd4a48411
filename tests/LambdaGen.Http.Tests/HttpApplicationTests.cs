using System.Text.Json;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;

namespace LambdaGen.Http.Tests;

/// <summary>
/// An <see cref="HttpApplication"/> over hand-written route handlers, driven through the real loop and a Runtime API
/// double: dispatch (route key and matcher), CORS and the problem documents, as docs/http.md describes them.
/// </summary>
public sealed class HttpApplicationTests : IAsyncLifetime
{
    private RuntimeApiDouble _api = null!;
    private CancellationTokenSource _stop = null!;
    private Task<int> _loop = null!;

    private static HttpApplication Application() => new(
        [
            new("GET", "/", c => c.Text("root")),
            new("GET", "/items/{id:int}", c => c.Text("int " + c.Required<int>(HttpSource.Route, "id"))),
            new("GET", "/items/{name}", c => c.Text("name " + c.RequiredString(HttpSource.Route, "name"))),
            new("POST", "/items", c => c.NoContent()),
            new("GET", "/boom", _ => throw new InvalidOperationException("secret internals")),
        ],
        new HttpApplicationOptions { CorsOrigins = ["https://app.example.com"] });

    public Task InitializeAsync()
    {
        _api = new RuntimeApiDouble();
        _stop = new CancellationTokenSource();
        var application = Application();
        var descriptor = new LambdaApplicationDescriptor(["api"], (_, _) => application.Handler);
        _loop = LambdaHost.RunAsync(descriptor, new LambdaEnvironment(_api.Address, "api", "api", "1", 128, "g", "s"), stop: _stop.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _stop.Cancel();
        await _loop.WaitAsync(TimeSpan.FromSeconds(10));
        await _api.DisposeAsync();
    }

    private async Task<(InvocationOutcome Outcome, JsonElement Response)> Send(string method, string path, string headers = "{}", string? routeKey = null, string pathParameters = "null")
    {
        var json = $$"""
            {
              "version": "2.0", "routeKey": {{JsonSerializer.Serialize(routeKey ?? "$default")}},
              "rawPath": {{JsonSerializer.Serialize(path)}}, "rawQueryString": "", "headers": {{headers}},
              "pathParameters": {{pathParameters}},
              "requestContext": { "http": { "method": "{{method}}", "path": {{JsonSerializer.Serialize(path)}} }, "requestId": "gw-1", "stage": "$default" },
              "isBase64Encoded": false
            }
            """;
        var outcome = await _api.Invoke(json).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(outcome.IsError, outcome.Body);
        return (outcome, JsonDocument.Parse(outcome.Body).RootElement.Clone());
    }

    private static int Status(JsonElement response) => response.GetProperty("statusCode").GetInt32();

    private static string Body(JsonElement response) => response.GetProperty("body").GetString()!;

    private static string? Header(JsonElement response, string name)
        => response.GetProperty("headers").EnumerateObject().FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    [Fact]
    public async Task The_root_path_of_a_function_url_reaches_the_root_route()
    {
        var (_, response) = await Send("GET", "/");
        Assert.Equal(200, Status(response));
        Assert.Equal("root", Body(response));
    }

    [Fact]
    public async Task Without_a_route_key_the_matcher_applies_precedence()
    {
        Assert.Equal("int 42", Body((await Send("GET", "/items/42")).Response));
        Assert.Equal("name abc", Body((await Send("GET", "/items/abc/")).Response));
    }

    [Fact]
    public async Task A_route_key_dispatches_with_the_gateway_path_parameters()
    {
        var (_, response) = await Send("GET", "/items/7", routeKey: "GET /items/{id}", pathParameters: """{ "id": "7" }""");
        Assert.Equal("int 7", Body(response));
    }

    [Fact]
    public async Task A_405_is_problem_json_with_an_allow_header()
    {
        var (_, response) = await Send("DELETE", "/items");

        Assert.Equal(405, Status(response));
        Assert.Equal("POST", Header(response, "Allow"));
        Assert.Equal("application/problem+json", Header(response, "content-type"));
        var problem = JsonDocument.Parse(Body(response)).RootElement;
        Assert.Equal(405, problem.GetProperty("status").GetInt32());
        Assert.Equal("Method Not Allowed", problem.GetProperty("title").GetString());
        Assert.Equal("DELETE is not allowed here; use POST.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_404_escapes_the_path_it_names()
    {
        var (outcome, response) = await Send("GET", "/<script>alert(1)</script>");

        Assert.Equal(404, Status(response));
        Assert.DoesNotContain("<script>", Body(response));
        Assert.Equal("No route matches GET /<script>alert(1)</script>.", JsonDocument.Parse(Body(response)).RootElement.GetProperty("detail").GetString());
        Assert.Equal(outcome.RequestId, JsonDocument.Parse(Body(response)).RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task A_handler_exception_is_a_500_naming_the_request_id_only()
    {
        var (outcome, response) = await Send("GET", "/boom");

        Assert.Equal(500, Status(response));
        Assert.DoesNotContain("secret internals", Body(response));
        Assert.Contains(outcome.RequestId, JsonDocument.Parse(Body(response)).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_allowed_origin_gets_cors_headers_on_every_response()
    {
        var headers = """{ "origin": "https://APP.example.com" }""";
        var ok = (await Send("GET", "/", headers)).Response;
        var missing = (await Send("GET", "/nope", headers)).Response;

        Assert.Equal("https://APP.example.com", Header(ok, "Access-Control-Allow-Origin"));
        Assert.Equal("Origin", Header(ok, "Vary"));
        Assert.Equal(404, Status(missing));
        Assert.Equal("https://APP.example.com", Header(missing, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_headers()
    {
        var (_, response) = await Send("GET", "/", """{ "origin": "https://evil.example.com" }""");
        Assert.Equal(200, Status(response));
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_is_answered_before_routing()
    {
        var (_, response) = await Send("OPTIONS", "/items", """{ "origin": "https://app.example.com", "access-control-request-method": "DELETE", "access-control-request-headers": "x-token" }""");

        Assert.Equal(204, Status(response));
        Assert.Equal("https://app.example.com", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("x-token", Header(response, "Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task An_options_request_that_is_not_a_preflight_is_routed()
    {
        var (_, response) = await Send("OPTIONS", "/items", """{ "origin": "https://app.example.com" }""");
        Assert.Equal(405, Status(response));
        Assert.Equal("POST", Header(response, "Allow"));
    }
}
