using System.Text;
using System.Text.Json;

namespace LambdaGen.Http.Tests;

/// <summary>
/// Event documents in the shapes AWS documents for HTTP API payload 2.0, REST API proxy integration (payload 1.0)
/// and Lambda function URLs, with the fields a router and binder read: method, path, route key, headers, query,
/// cookies, path parameters and (base64) bodies.
/// </summary>
public class HttpRequestParseTests
{
    private static HttpRequest Parse(string json) => HttpRequest.Parse(Encoding.UTF8.GetBytes(json));

    private const string HttpApiV2 = """
        {
          "version": "2.0",
          "routeKey": "POST /todos/{id}",
          "rawPath": "/todos/42",
          "rawQueryString": "tag=a&tag=b&q=hello%20world&plus=x+y&empty=&flag",
          "cookies": ["session=abc123", "theme=dark"],
          "headers": {
            "accept": "application/json",
            "content-type": "application/json",
            "x-multi": "one,two",
            "host": "id.execute-api.us-east-1.amazonaws.com"
          },
          "queryStringParameters": { "tag": "a,b", "q": "hello world", "plus": "x y", "empty": "" },
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "api-id",
            "authentication": null,
            "authorizer": { "jwt": { "claims": { "sub": "user-1" }, "scopes": ["todos:write"] } },
            "domainName": "id.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "id",
            "http": {
              "method": "POST",
              "path": "/todos/42",
              "protocol": "HTTP/1.1",
              "sourceIp": "192.0.2.1",
              "userAgent": "agent"
            },
            "requestId": "JKJaXmPLvHcESHA=",
            "routeKey": "POST /todos/{id}",
            "stage": "$default",
            "time": "12/Mar/2020:19:03:58 +0000",
            "timeEpoch": 1583348638390
          },
          "pathParameters": { "id": "42" },
          "body": "eyJ0aXRsZSI6Im1pbGsifQ==",
          "isBase64Encoded": true,
          "stageVariables": { "env": "test" }
        }
        """;

    [Fact]
    public void Reads_an_http_api_v2_event()
    {
        var request = Parse(HttpApiV2);

        Assert.Equal(HttpPayloadVersion.V2, request.Version);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/todos/42", request.Path);
        Assert.Equal("POST /todos/{id}", request.RouteKey);
        Assert.Equal("JKJaXmPLvHcESHA=", request.RequestId);
        Assert.Equal("42", request.GatewayPathParameters!["id"]);
        Assert.Equal("{\"title\":\"milk\"}", Encoding.UTF8.GetString(request.Body.Span));
        Assert.Equal("application/json", request.ContentType);
    }

    [Fact]
    public void V2_repeated_query_keys_come_apart_from_the_raw_query_string()
    {
        var request = Parse(HttpApiV2);

        // queryStringParameters joins repeats with commas ("a,b"); the raw query string keeps them apart.
        Assert.Equal(["a", "b"], request.QueryValues("tag"));
        Assert.Equal("a", request.Query("tag"));
        Assert.Equal("hello world", request.Query("q"));
        Assert.Equal("x y", request.Query("plus"));
        Assert.Equal("", request.Query("empty"));
        Assert.Equal("", request.Query("flag"));
        Assert.Null(request.Query("Tag"));
        Assert.Empty(request.QueryValues("missing"));
    }

    [Fact]
    public void V2_headers_are_case_insensitive_and_keep_comma_joined_values_whole()
    {
        var request = Parse(HttpApiV2);

        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal(["one,two"], request.Headers("X-Multi"));
        Assert.Null(request.Header("x-missing"));
    }

    [Fact]
    public void V2_cookies_come_from_the_cookies_array()
    {
        var request = Parse(HttpApiV2);

        Assert.Equal("abc123", request.Cookies["session"]);
        Assert.Equal("dark", request.Cookies["theme"]);
        Assert.Equal(2, request.Cookies.Count);
    }

    [Theory]
    [InlineData("prod", "/prod/todos/42", "/todos/42")]
    [InlineData("prod", "/prod", "/")]
    [InlineData("prod", "/prod/", "/")]
    [InlineData("prod", "/production/x", "/production/x")]
    [InlineData("prod", "/todos/42", "/todos/42")]
    [InlineData("$default", "/$default/x", "/$default/x")]
    public void V2_strips_a_named_stage_from_the_front_of_the_path(string stage, string rawPath, string expected)
    {
        var json = $$"""
            {
              "version": "2.0", "routeKey": "$default", "rawPath": "{{rawPath}}", "rawQueryString": "",
              "headers": {}, "requestContext": { "http": { "method": "GET", "path": "{{rawPath}}" }, "requestId": "r", "stage": "{{stage}}" },
              "isBase64Encoded": false
            }
            """;
        var request = Parse(json);

        Assert.Equal(expected, request.Path);
        Assert.Null(request.RouteKey);
    }

    private const string RestApiV1 = """
        {
          "resource": "/todos/{id}",
          "path": "/todos/42",
          "httpMethod": "PUT",
          "headers": {
            "Accept": "application/json",
            "Content-Type": "application/json; charset=utf-8",
            "Cookie": "session=abc123; theme=dark",
            "X-Multi": "two"
          },
          "multiValueHeaders": {
            "Accept": ["application/json"],
            "Content-Type": ["application/json; charset=utf-8"],
            "Cookie": ["session=abc123; theme=dark"],
            "X-Multi": ["one", "two"]
          },
          "queryStringParameters": { "tag": "b", "q": "hello world" },
          "multiValueQueryStringParameters": { "tag": ["a", "b"], "q": ["hello world"] },
          "pathParameters": { "id": "42" },
          "stageVariables": null,
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "1234567890",
            "httpMethod": "PUT",
            "identity": { "sourceIp": "192.0.2.1", "userAgent": "agent", "user": null },
            "path": "/prod/todos/42",
            "protocol": "HTTP/1.1",
            "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
            "requestTimeEpoch": 1428582896000,
            "resourceId": "123456",
            "resourcePath": "/todos/{id}",
            "stage": "prod"
          },
          "body": "{\"title\":\"milk\"}",
          "isBase64Encoded": false
        }
        """;

    [Fact]
    public void Reads_a_rest_api_v1_proxy_event()
    {
        var request = Parse(RestApiV1);

        Assert.Equal(HttpPayloadVersion.V1, request.Version);
        Assert.Equal("PUT", request.Method);
        // The top-level path has no stage; requestContext.path ("/prod/todos/42") is not used.
        Assert.Equal("/todos/42", request.Path);
        Assert.Equal("PUT /todos/{id}", request.RouteKey);
        Assert.Equal("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", request.RequestId);
        Assert.Equal("42", request.GatewayPathParameters!["id"]);
        Assert.Equal("{\"title\":\"milk\"}", Encoding.UTF8.GetString(request.Body.Span));
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
    }

    [Fact]
    public void V1_multi_value_maps_win_over_the_single_value_maps_in_either_order()
    {
        var forward = Parse(RestApiV1);
        var reordered = Parse(Reorder(RestApiV1));

        foreach (var request in new[] { forward, reordered })
        {
            Assert.Equal(["one", "two"], request.Headers("x-multi"));
            Assert.Equal(["a", "b"], request.QueryValues("tag"));
            Assert.Equal("hello world", request.Query("q"));
            Assert.Equal("abc123", request.Cookies["session"]);
            Assert.Equal("dark", request.Cookies["theme"]);
        }

        // Moves the multi-value maps in front of their single-value twins.
        static string Reorder(string json)
        {
            using var document = JsonDocument.Parse(json);
            var order = new[] { "multiValueHeaders", "multiValueQueryStringParameters" };
            var properties = document.RootElement.EnumerateObject()
                .OrderBy(p => Array.IndexOf(order, p.Name) is var i && i >= 0 ? i : order.Length)
                .ToList();
            Assert.Equal("multiValueHeaders", properties[0].Name);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    property.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    [Fact]
    public void V1_proxy_resources_and_nulls_leave_routing_to_the_matcher()
    {
        var request = Parse("""
            {
              "resource": "/{proxy+}",
              "path": "/files/a/b.txt",
              "httpMethod": "GET",
              "headers": null,
              "multiValueHeaders": null,
              "queryStringParameters": null,
              "multiValueQueryStringParameters": null,
              "pathParameters": { "proxy": "files/a/b.txt" },
              "stageVariables": null,
              "requestContext": { "requestId": "r-1", "stage": "prod", "path": "/prod/files/a/b.txt" },
              "body": null,
              "isBase64Encoded": false
            }
            """);

        Assert.Equal(HttpPayloadVersion.V1, request.Version);
        Assert.Null(request.RouteKey);
        Assert.Equal("/files/a/b.txt", request.Path);
        Assert.True(request.Body.IsEmpty);
        Assert.Null(request.Query("x"));
        Assert.Null(request.Header("accept"));
        Assert.Empty(request.Cookies);
    }

    [Fact]
    public void V1_base64_bodies_are_decoded_to_bytes()
    {
        var request = Parse("""
            {
              "resource": "/upload", "path": "/upload", "httpMethod": "POST",
              "headers": { "Content-Type": "application/octet-stream" },
              "requestContext": { "requestId": "r-2", "stage": "prod" },
              "body": "AAEC/w==", "isBase64Encoded": true
            }
            """);

        Assert.Equal(new byte[] { 0, 1, 2, 255 }, request.Body.ToArray());
        Assert.Equal("POST /upload", request.RouteKey);
    }

    private const string FunctionUrl = """
        {
          "version": "2.0",
          "routeKey": "$default",
          "rawPath": "/my/path",
          "rawQueryString": "parameter1=value1&parameter1=value2&parameter2=value",
          "cookies": ["cookie1=one", "cookie2=two"],
          "headers": { "header1": "value1", "header2": "value1,value2", "content-type": "text/plain" },
          "queryStringParameters": { "parameter1": "value1,value2", "parameter2": "value" },
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "urlid",
            "authentication": null,
            "authorizer": { "iam": { "accessKey": "AKIA...", "accountId": "111122223333", "callerId": "AIDA...", "cognitoIdentity": null, "principalOrgId": null, "userArn": "arn:aws:iam::111122223333:user/example-user", "userId": "AIDA..." } },
            "domainName": "urlid.lambda-url.us-west-2.on.aws",
            "domainPrefix": "urlid",
            "http": { "method": "POST", "path": "/my/path", "protocol": "HTTP/1.1", "sourceIp": "192.0.2.1", "userAgent": "agent" },
            "requestId": "id",
            "routeKey": "$default",
            "stage": "$default",
            "time": "12/Mar/2020:19:03:58 +0000",
            "timeEpoch": 1583348638390
          },
          "body": "Hello from client!",
          "pathParameters": null,
          "isBase64Encoded": false,
          "stageVariables": null
        }
        """;

    [Fact]
    public void Reads_a_function_url_event()
    {
        var request = Parse(FunctionUrl);

        Assert.Equal(HttpPayloadVersion.V2, request.Version);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/my/path", request.Path);
        Assert.Null(request.RouteKey);
        Assert.Null(request.GatewayPathParameters);
        Assert.Equal("id", request.RequestId);
        Assert.Equal(["value1", "value2"], request.QueryValues("parameter1"));
        Assert.Equal("value", request.Query("parameter2"));
        Assert.Equal("one", request.Cookies["cookie1"]);
        Assert.Equal("Hello from client!", Encoding.UTF8.GetString(request.Body.Span));
        Assert.Equal("text/plain", request.ContentType);
    }

    [Fact]
    public void A_head_request_keeps_its_method()
    {
        var request = Parse(FunctionUrl.Replace("\"method\": \"POST\"", "\"method\": \"HEAD\""));
        Assert.Equal("HEAD", request.Method);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{ \"rawPath\": ")]
    public void Rejects_documents_that_are_not_http_events(string json)
        => Assert.ThrowsAny<JsonException>(() => Parse(json));

    [Fact]
    public void Rejects_a_body_flagged_base64_that_is_not()
        => Assert.Throws<FormatException>(() => Parse("""{ "rawPath": "/", "requestContext": { "http": { "method": "POST" } }, "body": "not base64!", "isBase64Encoded": true }"""));
}
