namespace LambdaGen.Testing;

/// <summary>API Gateway event documents with the shapes AWS documents, for tests.</summary>
public static class HttpEvents
{
    /// <summary>An API Gateway HTTP API (payload 2.0) event; null path parameters mean "let the matcher work".</summary>
    public static string V2(string method, string path, string? routeKey = null, string? query = null, string? body = null,
        string? pathParameters = null, string headers = "\"content-type\":\"application/json\"", bool base64 = false)
        => $$"""
        {
          "version": "2.0",
          "routeKey": "{{routeKey ?? "$default"}}",
          "rawPath": "{{path}}",
          "rawQueryString": "{{query ?? ""}}",
          "headers": { {{headers}} },
          {{(pathParameters is null ? "" : "\"pathParameters\": {" + pathParameters + "},")}}
          "requestContext": {
            "accountId": "123456789012", "apiId": "api-id", "domainName": "id.execute-api.us-east-1.amazonaws.com",
            "http": { "method": "{{method}}", "path": "{{path}}", "protocol": "HTTP/1.1", "sourceIp": "192.0.2.1", "userAgent": "agent" },
            "requestId": "id", "routeKey": "{{routeKey ?? "$default"}}", "stage": "$default", "time": "12/Mar/2020:19:03:58 +0000", "timeEpoch": 1583348638390
          },
          "body": {{(body is null ? "null" : System.Text.Json.JsonSerializer.Serialize(body))}},
          "isBase64Encoded": {{(base64 ? "true" : "false")}}
        }
        """;

    /// <summary>A REST API (payload 1.0) proxy event.</summary>
    public static string V1(string method, string path, string resource, string? pathParameters = null, string? multiQuery = null, string? body = null)
        => $$"""
        {
          "resource": "{{resource}}",
          "path": "{{path}}",
          "httpMethod": "{{method}}",
          "headers": { "Content-Type": "application/json", "X-Tenant": "acme" },
          "multiValueHeaders": { "Content-Type": ["application/json"], "X-Tenant": ["acme"] },
          "queryStringParameters": null,
          "multiValueQueryStringParameters": {{multiQuery ?? "null"}},
          "pathParameters": {{(pathParameters is null ? "null" : "{" + pathParameters + "}")}},
          "stageVariables": null,
          "requestContext": { "resourcePath": "{{resource}}", "httpMethod": "{{method}}", "path": "/prod{{path}}", "stage": "prod", "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef" },
          "body": {{(body is null ? "null" : System.Text.Json.JsonSerializer.Serialize(body))}},
          "isBase64Encoded": false
        }
        """;
}
