using LambdaGen.Http.Routing;

namespace LambdaGen.Http.Tests;

public class RouteMatcherAllocationTests
{
    private static readonly RouteMatcher Matcher = RouteMatcherTests.Build(
        ("GET", "/"),
        ("GET", "/health"),
        ("GET", "/api/v1/orders"),
        ("POST", "/api/v1/orders"),
        ("GET", "/api/v1/orders/{id:int}"),
        ("GET", "/api/v1/orders/{id}/lines"),
        ("GET", "/api/v1/customers/{id:guid}"),
        ("GET", "/api/v1/reports/summary"),
        ("GET", "/static/{*path}"),
        ("GET", "/docs/{page?}"));

    [Theory]
    [InlineData("GET", "/health")]
    [InlineData("GET", "/api/v1/orders")]
    [InlineData("POST", "/api/v1/orders/")]
    [InlineData("HEAD", "/api/v1/reports/summary")]
    [InlineData("GET", "/")]
    [InlineData("GET", "")]
    [InlineData("GET", "/docs")]      // no literal-only template: the trie walk itself
    [InlineData("GET", "/docs/")]
    public void A_literal_only_match_allocates_nothing(string method, string path)
    {
        Assert.NotNull(Matcher.Match(method, path).Endpoint);
        var allocated = new List<long>();
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var match = Matcher.Match(method, path);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.NotNull(match.Endpoint);
        }

        Assert.Equal([0, 0, 0, 0, 0], allocated);
    }

    [Fact]
    public void A_parameter_match_allocates_only_its_values()
    {
        // Guards the measurement itself: the same probe must see the captured value array and string.
        Matcher.Match("GET", "/api/v1/orders/42");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var match = Matcher.Match("GET", "/api/v1/orders/42");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["42"], match.Values!);
        Assert.InRange(allocated, 1, 256);
    }
}
