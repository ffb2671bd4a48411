namespace LambdaGen.Generators.Tests;

internal static class HttpSources
{
    /// <summary>Routes whose results need no JSON metadata: text, bytes, HttpResult, no content.</summary>
    public const string Text = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using LambdaGen;
        using LambdaGen.Http;

        namespace Shop;

        public enum Color { Red, Green }

        public interface IGreeter { string Greet(string name); }
        public sealed class Greeter : IGreeter { public string Greet(string name) => "hi " + name; }

        [LambdaStartup]
        public static class Startup
        {
            public static void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IGreeter, Greeter>(services);
        }

        public sealed class Items
        {
            [HttpGet("/items/{id:int}")]
            public string Get(int id, string? fields, Color color = Color.Green) => $"item {id} fields={fields ?? "-"} color={color}";

            [HttpGet("/items")]
            public Task<string> List(int page = 1, int[]? tag = null, CancellationToken ct = default)
                => Task.FromResult($"page {page} tags {string.Join("+", tag ?? Array.Empty<int>())}");

            [HttpDelete("/items/{id:int}")]
            public Task Delete(int id) => Task.CompletedTask;

            [HttpPut("/items/{id:guid}")]
            public HttpResult Put(Guid id, [FromHeader(Name = "x-tenant")] string tenant)
                => HttpResult.Accepted().WithHeader("x-seen", id.ToString("N") + "/" + tenant).WithCookie("last", "put", "HttpOnly");

            [HttpGet("/files/{*path}")]
            public static string File(string? path) => "file:" + path;

            [HttpGet("/hello/{name}")]
            [HttpGet("/hi/{name}")]
            public static string Hello(string name, IGreeter greeter, ILambdaContext context) => greeter.Greet(name) + " " + context.AwsRequestId;

            [HttpGet("/boom")]
            public static string Boom() => throw new InvalidOperationException("secret internal detail");

            [HttpGet("/bytes")]
            public static byte[] Bytes() => new byte[] { 1, 2, 3 };

            [HttpGet("/me")]
            public static string Me(System.Collections.Generic.IReadOnlyDictionary<string, string> cookies) => cookies.TryGetValue("session", out var s) ? s : "none";

            [HttpGet("/things/{id:int}")]
            public static string ThingById(int id) => "by id " + id;

            [HttpGet("/things/{id}")]
            public static string ThingByName(string id) => "by name " + id;
        }

        public static class Admin
        {
            [LambdaFunction(Name = "admin-ping")]
            [HttpGet("/admin/ping")]
            public static string Ping() => "pong";
        }
        """;

    public static string V2(string method, string path, string? routeKey = null, string? query = null, string? body = null, string? pathParameters = null, string headers = "\"content-type\":\"application/json\"", bool base64 = false)
        => LambdaGen.Testing.HttpEvents.V2(method, path, routeKey, query, body, pathParameters, headers, base64);

    public static string V1(string method, string path, string resource, string? pathParameters = null, string? multiQuery = null, string? body = null)
        => LambdaGen.Testing.HttpEvents.V1(method, path, resource, pathParameters, multiQuery, body);
}
