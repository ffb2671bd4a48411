using System.Text;
using System.Text.Json;
using LambdaGen.Tool.Events;
using LambdaGen.Tool.Gateway;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Tests;

public sealed class SamTemplateTests
{
    [Fact]
    public void Reads_functions_with_globals_and_sam_defaults()
    {
        var template = SamTemplate.Parse("""
            {
              "Globals": { "Function": { "Timeout": 15, "Environment": { "Variables": { "A": "global", "B": "global" } } } },
              "Resources": {
                "Api": { "Type": "AWS::Serverless::Function", "Properties": {
                  "Handler": "HttpApi", "MemorySize": 1024, "ReservedConcurrentExecutions": 3,
                  "Environment": { "Variables": { "B": "own", "T": { "Ref": "Table" }, "N": 5 } },
                  "Events": {
                    "Get": { "Type": "HttpApi", "Properties": { "Method": "get", "Path": "/todos/{id}" } },
                    "Any": { "Type": "HttpApi" },
                    "Q": { "Type": "SQS", "Properties": { "Queue": "q" } } } } },
                "Job": { "Type": "AWS::Serverless::Function", "Properties": { "Handler": "Job", "FunctionName": "my-job", "Timeout": 300 } },
                "Table": { "Type": "AWS::DynamoDB::Table" }
              }
            }
            """);

        Assert.Equal(new[] { "Api", "Job" }, template.Functions.Select(f => f.LogicalId));
        var api = template.Functions[0];
        Assert.Equal(1024, api.MemorySize);
        Assert.Equal(TimeSpan.FromSeconds(15), api.Timeout);
        Assert.Equal(3, api.ReservedConcurrency);
        Assert.Equal("global", api.Environment["A"]);
        Assert.Equal("own", api.Environment["B"]);
        Assert.Equal("Table", api.Environment["T"]);
        Assert.Equal("5", api.Environment["N"]);
        Assert.Equal(new[] { "GET /todos/{id}", "$default" }, api.Routes.Select(r => r.RouteKey));
        Assert.Equal(new[] { "HttpApi", "SQS" }, api.Triggers);

        var job = template.Functions[1];
        Assert.Equal(SamTemplate.DefaultMemorySize, job.MemorySize);
        Assert.Equal("my-job", job.FunctionName);
        Assert.Same(job, template.Find("my-job"));
        Assert.Same(job, template.Find("job"));
        Assert.Null(template.Find("Table"));
    }

    [Fact]
    public void A_template_that_is_not_json_names_the_problem()
    {
        var error = Assert.Throws<ManifestException>(() => SamTemplate.Parse("Resources:\n  A: 1", "t.yaml"));
        Assert.Contains("t.yaml is not JSON", error.Message, StringComparison.Ordinal);
    }
}

public sealed class RouteTableTests
{
    private static readonly FunctionSpec Api = new("Api", "Api", "HttpApi", 128, TimeSpan.FromSeconds(3), new Dictionary<string, string>(), null, Array.Empty<RouteSpec>(), Array.Empty<string>());
    private static readonly FunctionSpec Other = Api with { LogicalId = "Other" };

    private static RouteTable Table(params (FunctionSpec Function, string Method, string? Path)[] routes)
        => new(routes.Select(r => (r.Function, new RouteSpec(r.Method, r.Path, r.Method + r.Path))));

    [Theory]
    [InlineData("GET", "/todos/all", "GET /todos/all")]
    [InlineData("GET", "/todos/7", "GET /todos/{id}")]
    [InlineData("DELETE", "/todos/7", "ANY /todos/{id}")]
    [InlineData("GET", "/todos/7/items/x/y", "GET /todos/{id}/items/{rest+}")]
    [InlineData("GET", "/todos/7/other", "ANY /{proxy+}")]
    [InlineData("PATCH", "/", "$default")]
    public void The_most_specific_route_wins(string method, string path, string expected)
    {
        var table = Table(
            (Api, "ANY", "/{proxy+}"),
            (Api, "GET", "/todos/{id}/items/{rest+}"),
            (Api, "ANY", "/todos/{id}"),
            (Api, "GET", "/todos/{id}"),
            (Api, "GET", "/todos/all"),
            (Other, "ANY", null));

        Assert.Equal(expected, table.Match(method, path)!.Route.RouteKey);
    }

    [Fact]
    public void Variables_bind_decoded_and_a_greedy_variable_needs_a_segment()
    {
        var table = Table((Api, "GET", "/files/{proxy+}"), (Api, "GET", "/users/{id}/posts/{post}"));

        var users = table.Match("GET", "/users/a%2Fb/posts/9")!;

        Assert.Equal("a/b", users.PathParameters["id"]);
        Assert.Equal("9", users.PathParameters["post"]);
        Assert.Null(table.Match("GET", "/files"));
        Assert.Null(table.Match("GET", "/files/"));
        Assert.Null(table.Match("GET", "/users/1/posts"));
        Assert.Null(table.Match("GET", "/Users/1/posts/2"));
    }

    [Fact]
    public void Two_functions_on_one_route_key_are_refused()
    {
        Assert.Throws<ManifestException>(() => Table((Api, "GET", "/a"), (Other, "GET", "/a")));
    }
}

public sealed class PayloadV2Tests
{
    private static readonly FunctionSpec Api = new("Api", "Api", "HttpApi", 128, TimeSpan.FromSeconds(3), new Dictionary<string, string>(), null, Array.Empty<RouteSpec>(), Array.Empty<string>());

    [Fact]
    public void The_event_has_the_gateway_shape()
    {
        var request = new GatewayRequest("GET", "/todos/7", "a=1&a=2&q=x%20y", new KeyValuePair<string, string>[]
        {
            new("Accept", "text/plain"), new("X-Many", "1"), new("x-many", "2"), new("Cookie", "s=1; t=2"), new("User-Agent", "ua"),
        }, default, "10.0.0.1", "api.example.com", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        var match = new RouteMatch(Api, new RouteSpec("GET", "/todos/{id}", "Get"), new Dictionary<string, string> { ["id"] = "7" });

        var root = JsonDocument.Parse(PayloadV2.CreateEvent(request, match, "rid")).RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("GET /todos/{id}", root.GetProperty("routeKey").GetString());
        Assert.Equal("/todos/7", root.GetProperty("rawPath").GetString());
        Assert.Equal("a=1&a=2&q=x%20y", root.GetProperty("rawQueryString").GetString());
        Assert.Equal("1,2", root.GetProperty("headers").GetProperty("x-many").GetString());
        Assert.False(root.GetProperty("headers").TryGetProperty("cookie", out _));
        Assert.Equal(2, root.GetProperty("cookies").GetArrayLength());
        Assert.Equal("1,2", root.GetProperty("queryStringParameters").GetProperty("a").GetString());
        Assert.Equal("x y", root.GetProperty("queryStringParameters").GetProperty("q").GetString());
        Assert.Equal("7", root.GetProperty("pathParameters").GetProperty("id").GetString());
        var context = root.GetProperty("requestContext");
        Assert.Equal("GET", context.GetProperty("http").GetProperty("method").GetString());
        Assert.Equal("10.0.0.1", context.GetProperty("http").GetProperty("sourceIp").GetString());
        Assert.Equal("ua", context.GetProperty("http").GetProperty("userAgent").GetString());
        Assert.Equal("rid", context.GetProperty("requestId").GetString());
        Assert.Equal("$default", context.GetProperty("stage").GetString());
        Assert.Equal("14/Nov/2023:22:13:20 +0000", context.GetProperty("time").GetString());
        Assert.Equal(1_700_000_000_000, context.GetProperty("timeEpoch").GetInt64());
        Assert.Equal("api", context.GetProperty("domainPrefix").GetString());
        Assert.False(root.TryGetProperty("body", out _));
        Assert.False(root.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public void A_structured_response_maps_status_headers_cookies_and_base64()
    {
        var response = PayloadV2.ReadResponse("""{"statusCode":201,"headers":{"x-a":"1","x-n":2},"cookies":["c=1"],"body":"AAEC","isBase64Encoded":true}"""u8.ToArray())!;

        Assert.Equal(201, response.StatusCode);
        Assert.Contains(new KeyValuePair<string, string>("x-n", "2"), response.Headers);
        Assert.Equal(new[] { "c=1" }, response.Cookies);
        Assert.Equal(new byte[] { 0, 1, 2 }, response.Body);
    }

    [Fact]
    public void Json_without_a_status_code_is_a_200_with_that_json_as_body()
    {
        var response = PayloadV2.ReadResponse("""{"id":1}"""u8.ToArray())!;

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""{"id":1}""", Encoding.UTF8.GetString(response.Body));
        Assert.Contains(new KeyValuePair<string, string>("content-type", "application/json"), response.Headers);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"statusCode":"abc"}""")]
    [InlineData("""{"statusCode":200,"body":"%%%","isBase64Encoded":true}""")]
    public void A_malformed_response_is_refused(string payload)
    {
        Assert.Null(PayloadV2.ReadResponse(Encoding.UTF8.GetBytes(payload)));
    }
}

public sealed class SampleEventTests
{
    [Theory]
    [InlineData("sqs", "aws:sqs")]
    [InlineData("sns", "aws:sns")]
    [InlineData("s3", "aws:s3")]
    [InlineData("dynamodb", "aws:dynamodb")]
    [InlineData("kinesis", "aws:kinesis")]
    public void Record_events_name_their_source(string kind, string source)
    {
        var record = JsonDocument.Parse(SampleEvents.Get(kind, DateTimeOffset.UtcNow)!).RootElement.GetProperty("Records")[0];
        var name = record.TryGetProperty("eventSource", out var s) ? s : record.GetProperty("EventSource");
        Assert.Equal(source, name.GetString());
    }

    [Fact]
    public void Schedule_and_http_events_have_their_shapes()
    {
        var schedule = JsonDocument.Parse(SampleEvents.Get("schedule", DateTimeOffset.UtcNow)!).RootElement;
        var http = JsonDocument.Parse(SampleEvents.Get("http", DateTimeOffset.UtcNow)!).RootElement;

        Assert.Equal("Scheduled Event", schedule.GetProperty("detail-type").GetString());
        Assert.Equal("2.0", http.GetProperty("version").GetString());
        Assert.Equal("POST /todos/{id}", http.GetProperty("routeKey").GetString());
        Assert.Null(SampleEvents.Get("kafka", DateTimeOffset.UtcNow));
    }
}
