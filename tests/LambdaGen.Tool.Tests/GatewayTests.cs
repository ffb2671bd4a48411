using System.Net;
using System.Text;
using System.Text.Json;

namespace LambdaGen.Tool.Tests;

/// <summary>The HTTP API emulator end to end: request to v2 event, v2 response to HTTP.</summary>
public sealed class GatewayTests
{
    [Fact]
    public async Task Maps_route_path_query_cookies_and_the_v2_response_back()
    {
        await using var running = await RunningGateway.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo/a%20b?tag=x&tag=y&one=1");
        request.Headers.Add("Cookie", "session=abc; theme=dark");

        using var response = await running.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("GET /echo/{id}", body.GetProperty("routeKey").GetString());
        Assert.Equal("a b", body.GetProperty("pathParameters").GetProperty("id").GetString());
        Assert.Equal("x,y", body.GetProperty("queryStringParameters").GetProperty("tag").GetString());
        Assert.Equal(new[] { "session=abc", "theme=dark" }, body.GetProperty("cookies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(new[] { "visited=1; Path=/", "theme=dark; HttpOnly" }, response.Headers.GetValues("Set-Cookie"));
        Assert.Equal("yes", response.Headers.GetValues("x-fixture").Single());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.Contains("apigw-requestid"));
    }

    [Fact]
    public async Task A_literal_route_wins_over_a_path_variable_and_greedy_routes_take_the_rest()
    {
        await using var running = await RunningGateway.StartAsync();

        var latest = await running.GetJsonAsync("/echo/latest");
        var files = await running.Client.PostAsync("/files/docs/read%20me.txt", new StringContent("x"));
        var filesBody = JsonDocument.Parse(await files.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("GET /echo/latest", latest.Body.GetProperty("routeKey").GetString());
        Assert.False(latest.Body.TryGetProperty("pathParameters", out _));
        Assert.Equal("ANY /files/{proxy+}", filesBody.GetProperty("routeKey").GetString());
        Assert.Equal("docs/read me.txt", filesBody.GetProperty("pathParameters").GetProperty("proxy").GetString());
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_404_like_the_gateway()
    {
        await using var running = await RunningGateway.StartAsync();

        var unknown = await running.Client.GetAsync("/nothing/here");
        var wrongMethod = await running.Client.DeleteAsync("/echo/1");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("""{"message":"Not Found"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
        Assert.Equal(0, running.Pool("HttpApi").InstancesStarted);
    }

    [Fact]
    public async Task Json_bodies_travel_as_text_and_binary_bodies_as_base64()
    {
        await using var running = await RunningGateway.StartAsync();

        var json = await running.Client.PostAsync("/echo", new StringContent("""{"title":"café"}""", Encoding.UTF8, "application/json"));
        var binary = await running.Client.PostAsync("/echo", new ByteArrayContent(new byte[] { 0, 159, 255 }));
        var jsonBody = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        var binaryBody = JsonDocument.Parse(await binary.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("""{"title":"café"}""", jsonBody.GetProperty("body").GetString());
        Assert.False(jsonBody.GetProperty("isBase64Encoded").GetBoolean());
        Assert.Equal(Convert.ToBase64String(new byte[] { 0, 159, 255 }), binaryBody.GetProperty("body").GetString());
        Assert.True(binaryBody.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public async Task A_base64_response_is_decoded_to_bytes()
    {
        await using var running = await RunningGateway.StartAsync();

        var response = await running.Client.GetAsync("/binary");

        Assert.Equal(new byte[] { 0, 1, 2, 254, 255 }, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
    }
}
