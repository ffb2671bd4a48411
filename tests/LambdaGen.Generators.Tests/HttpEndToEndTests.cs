using System.Text.Json;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;

namespace LambdaGen.Generators.Tests;

/// <summary>Real API Gateway event documents through the generated route table and the real loop.</summary>
public sealed class HttpEndToEndTests : IAsyncLifetime
{
    private RuntimeApiDouble _api = null!;
    private CancellationTokenSource _stop = null!;
    private Task<int> _loop = null!;
    private static readonly Lazy<LambdaApplicationDescriptor> s_application = new(() =>
    {
        var run = GeneratorHarness.Run(HttpSources.Text);
        Assert.Empty(run.CompileDiagnostics);
        return GeneratorHarness.Application(GeneratorHarness.Load(run.Output));
    });

    public Task InitializeAsync()
    {
        _api = new RuntimeApiDouble();
        _stop = new CancellationTokenSource();
        _loop = LambdaHost.RunAsync(s_application.Value, new LambdaEnvironment(_api.Address, "HttpApi", "shop", "1", 128, "g", "s"), stop: _stop.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _stop.Cancel();
        await _loop.WaitAsync(TimeSpan.FromSeconds(10));
        await _api.DisposeAsync();
    }

    private async Task<JsonElement> Send(string @event)
    {
        var outcome = await _api.Invoke(@event).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(outcome.IsError, outcome.Body);
        return JsonDocument.Parse(outcome.Body).RootElement.Clone();
    }

    private static string Body(JsonElement response) => response.GetProperty("body").GetString()!;

    private static JsonElement Problem(JsonElement response) => JsonDocument.Parse(Body(response)).RootElement;

    [Fact]
    public async Task Route_query_and_default_values_bind_with_the_matcher()
    {
        var response = await Send(HttpSources.V2("GET", "/items/42", query: "fields=name&color=red"));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("item 42 fields=name color=Red", Body(response));
        Assert.Equal("text/plain; charset=utf-8", response.GetProperty("headers").GetProperty("content-type").GetString());
    }

    [Fact]
    public async Task The_gateway_route_key_and_path_parameters_are_used_when_present()
    {
        var response = await Send(HttpSources.V2("GET", "/ignored", routeKey: "GET /items/{id}", pathParameters: "\"id\":\"7\""));

        Assert.Equal("item 7 fields=- color=Green", Body(response));
    }

    [Fact]
    public async Task Repeated_query_keys_bind_to_arrays()
    {
        var response = await Send(HttpSources.V2("GET", "/items", query: "tag=1&tag=2&tag=3&page=4"));

        Assert.Equal("page 4 tags 1+2+3", Body(response));
    }

    [Fact]
    public async Task An_unparsable_value_is_a_400_naming_the_parameter_and_type()
    {
        var response = await Send(HttpSources.V2("GET", "/items", query: "page=abc"));

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/problem+json", response.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Equal("The query parameter 'page' must be an integer (int).", Problem(response).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_constraint_that_fails_means_no_route()
    {
        var response = await Send(HttpSources.V2("GET", "/items/abc"));

        Assert.Equal(404, response.GetProperty("statusCode").GetInt32());
        Assert.Equal(404, Problem(response).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_known_path_with_another_method_is_a_405_with_allow()
    {
        var response = await Send(HttpSources.V2("POST", "/items/1"));

        Assert.Equal(405, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("DELETE, GET, HEAD", response.GetProperty("headers").GetProperty("Allow").GetString());
    }

    [Fact]
    public async Task Head_falls_back_to_get_without_a_body()
    {
        var response = await Send(HttpSources.V2("HEAD", "/items/1"));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("", Body(response));
    }

    [Fact]
    public async Task A_task_returns_204()
    {
        var response = await Send(HttpSources.V2("DELETE", "/items/5"));

        Assert.Equal(204, response.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task HttpResult_carries_status_headers_and_cookies_and_headers_bind()
    {
        var id = Guid.NewGuid();
        var response = await Send(HttpSources.V2("PUT", $"/items/{id}", headers: "\"x-tenant\":\"acme\""));

        Assert.Equal(202, response.GetProperty("statusCode").GetInt32());
        Assert.Equal(id.ToString("N") + "/acme", response.GetProperty("headers").GetProperty("x-seen").GetString());
        Assert.Equal("last=put; HttpOnly", response.GetProperty("cookies")[0].GetString());
    }

    [Fact]
    public async Task A_missing_required_header_is_a_400_naming_it()
    {
        var response = await Send(HttpSources.V2("PUT", $"/items/{Guid.NewGuid()}"));

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("The header 'x-tenant' is required.", Problem(response).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_catch_all_takes_the_rest_of_the_path_decoded()
    {
        Assert.Equal("file:a/b c.txt", Body(await Send(HttpSources.V2("GET", "/files/a/b%20c.txt"))));
        Assert.Equal("file:", Body(await Send(HttpSources.V2("GET", "/files"))));
    }

    [Fact]
    public async Task Services_and_context_bind_and_several_routes_share_a_method()
    {
        Assert.Equal("hi ann req-1", Body(await Send(HttpSources.V2("GET", "/hello/ann"))));
        Assert.Equal("hi bob req-2", Body(await Send(HttpSources.V2("GET", "/hi/bob/"))));
    }

    [Fact]
    public async Task A_handler_exception_is_a_500_with_the_request_id_and_no_internals()
    {
        var response = await Send(HttpSources.V2("GET", "/boom"));

        Assert.Equal(500, response.GetProperty("statusCode").GetInt32());
        var problem = Problem(response);
        Assert.Equal("req-1", problem.GetProperty("requestId").GetString());
        Assert.DoesNotContain("secret", Body(response), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", Body(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_bind_to_a_cookies_dictionary()
    {
        Assert.Equal("abc", Body(await Send(HttpSources.V2("GET", "/me", headers: "\"cookie\":\"theme=dark; session=abc\""))));
        Assert.Equal("none", Body(await Send(HttpSources.V2("GET", "/me"))));
    }

    [Fact]
    public async Task A_shared_gateway_key_whose_constraint_fails_falls_back_to_the_matcher()
    {
        // Both templates are "GET /things/{id}" at the gateway; "abc" is not an int, so the unconstrained route answers.
        Assert.Equal("by name abc", Body(await Send(HttpSources.V2("GET", "/things/abc", routeKey: "GET /things/{id}", pathParameters: "\"id\":\"abc\""))));
        Assert.Equal("by id 5", Body(await Send(HttpSources.V2("GET", "/things/5", routeKey: "GET /things/{id}", pathParameters: "\"id\":\"5\""))));
    }

    [Fact]
    public async Task Bytes_are_base64_on_the_wire()
    {
        var response = await Send(HttpSources.V2("GET", "/bytes"));

        Assert.True(response.GetProperty("isBase64Encoded").GetBoolean());
        Assert.Equal("AQID", Body(response));
    }

    [Fact]
    public async Task Unknown_routes_are_404_and_echo_nothing_unescaped()
    {
        var response = await Send(HttpSources.V2("GET", "/nope/<script>"));

        Assert.Equal(404, response.GetProperty("statusCode").GetInt32());
        Assert.DoesNotContain("<script>", Body(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_api_v1_events_get_v1_responses()
    {
        var response = await Send(HttpSources.V1("GET", "/items", "/items", multiQuery: "{\"tag\":[\"5\",\"6\"]}"));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("page 1 tags 5+6", Body(response));
        Assert.Equal("text/plain; charset=utf-8", response.GetProperty("multiValueHeaders").GetProperty("Content-Type")[0].GetString());
        Assert.False(response.TryGetProperty("cookies", out _));
    }

    [Fact]
    public async Task Rest_api_v1_resources_dispatch_with_path_parameters()
    {
        var response = await Send(HttpSources.V1("PUT", "/items/" + Guid.Empty, "/items/{id}", pathParameters: $"\"id\":\"{Guid.Empty}\""));

        Assert.Equal(202, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("acme", response.GetProperty("multiValueHeaders").GetProperty("x-seen")[0].GetString()!.Split('/')[1]);
    }
}
