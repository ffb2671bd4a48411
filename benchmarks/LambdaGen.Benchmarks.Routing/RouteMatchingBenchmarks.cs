using BenchmarkDotNet.Attributes;
using LambdaGen.Http.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using AspNetRouteEndpoint = Microsoft.AspNetCore.Routing.RouteEndpoint;

namespace LambdaGen.Benchmarks.Routing;

/// <summary>
/// The same route table and the same request paths through LambdaGen's <see cref="RouteMatcher"/> and through
/// ASP.NET Core's endpoint routing (UseRouting: EndpointRoutingMiddleware over the DFA matcher, in process).
/// Paths target the last resource of the table so that a large table cannot win by declaration order.
/// </summary>
// Short on purpose (the machine's 2 cores are shared): one process, 3 warm-up and 10 measured iterations per case.
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RouteMatchingBenchmarks
{
    private RouteMatcher _matcher = null!;
    private RequestDelegate _aspNetCore = null!;
    private DefaultHttpContext _context = null!;
    private WebApplication _app = null!;
    private string _path = "";

    [Params(10, 200)]
    public int Routes { get; set; }

    [Params("literal", "int", "int+guid", "catch-all")]
    public string Case { get; set; } = "literal";

    [GlobalSetup]
    public void Setup()
    {
        var table = RouteTable.Create(Routes);
        _path = RouteTable.PathFor(Case, RouteTable.ResourceName(RouteTable.ResourceCount(Routes) - 1));
        _matcher = new RouteMatcher(table.Select((r, i) => new LambdaGen.Http.Routing.RouteEndpoint(r.Method, i, RouteTemplate.Parse(r.Template))));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.UseRouting();
        RequestDelegate handler = static _ => Task.CompletedTask;
        foreach (var (method, template) in table)
        {
            // LambdaGen's template syntax is ASP.NET Core's for everything the table uses.
            _app.MapMethods(template, [method], handler);
        }

        // Stop after routing: the pipeline's own end would throw for a selected endpoint nobody executed.
        ((IApplicationBuilder)_app).Run(static _ => Task.CompletedTask);
        _aspNetCore = ((IApplicationBuilder)_app).Build();
        _context = new DefaultHttpContext { RequestServices = _app.Services };
        _context.Request.Method = "GET";
        _context.Request.Path = _path;

        // Both must select the same route, or the comparison means nothing.
        var ours = _matcher.Match("GET", _path).Endpoint?.Template.Text;
        var theirs = (AspNetCore() as AspNetRouteEndpoint)?.RoutePattern.RawText;
        if (ours is null || ours != theirs)
        {
            throw new InvalidOperationException($"{_path}: LambdaGen chose {ours ?? "nothing"}, ASP.NET Core chose {theirs ?? "nothing"}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "ASP.NET Core")]
    public Endpoint? AspNetCore()
    {
        // The routing middleware skips matching when an endpoint is already set.
        _context.SetEndpoint(null);
        _aspNetCore(_context).GetAwaiter().GetResult();
        return _context.GetEndpoint();
    }

    [Benchmark(Description = "LambdaGen")]
    public object? LambdaGen()
    {
        var match = _matcher.Match("GET", _path);
        return match.Values ?? (object?)match.Endpoint;
    }
}

/// <summary>A realistic API shape: per resource, CRUD plus nested, search, literal, optional and catch-all routes.</summary>
public static class RouteTable
{
    private static readonly string[] Resources =
    [
        "orders", "customers", "products", "invoices", "payments", "shipments", "carts", "reviews", "coupons", "users",
        "teams", "projects", "tasks", "comments", "files", "tags", "events", "reports", "settings", "webhooks",
    ];

    public static int ResourceCount(int routes) => routes / 10;

    public static string ResourceName(int index) => Resources[index];

    public static List<(string Method, string Template)> Create(int routes)
    {
        var table = new List<(string, string)>();
        for (var i = 0; i < ResourceCount(routes); i++)
        {
            var r = "/api/" + Resources[i];
            table.Add(("GET", r));
            table.Add(("POST", r));
            table.Add(("GET", r + "/{id:int}"));
            table.Add(("PUT", r + "/{id:int}"));
            table.Add(("DELETE", r + "/{id:int}"));
            table.Add(("GET", r + "/{id:int}/lines/{lineId:guid}"));
            table.Add(("GET", r + "/search/{term}"));
            table.Add(("GET", r + "/stats/summary"));
            table.Add(("GET", r + "/export/{format:alpha?}"));
            table.Add(("GET", r + "/files/{*path}"));
        }

        return table;
    }

    public static string PathFor(string kind, string resource) => kind switch
    {
        "literal" => $"/api/{resource}/stats/summary",
        "int" => $"/api/{resource}/42",
        "int+guid" => $"/api/{resource}/42/lines/3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "catch-all" => $"/api/{resource}/files/2024/q1/report.pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
