using System.Globalization;
using LambdaGen.Http.Routing;

namespace LambdaGen.Http.Tests;

public class RouteMatcherTests
{
    private static readonly (string Method, string Template)[] Table =
    [
        ("GET", "/users/me"),           // 0
        ("GET", "/users/{id:int}"),     // 1
        ("GET", "/users/{name}"),       // 2
        ("GET", "/users/{*rest}"),      // 3
        ("GET", "/users"),              // 4
        ("GET", "/files/{*path}"),      // 5
        ("POST", "/users"),             // 6
        ("GET", "/docs/{page?}"),       // 7
        ("GET", "/"),                   // 8
        ("DELETE", "/users/{id:int}"),  // 9
        ("HEAD", "/ping"),              // 10
        ("GET", "/ping"),               // 11
        ("ANY", "/any/{x}"),            // 12
        ("GET", "/café"),               // 13
    ];

    internal static RouteMatcher Build(params (string Method, string Template)[] routes)
        => new(routes.Select((r, i) => new RouteEndpoint(r.Method, i, RouteTemplate.Parse(r.Template))));

    private static string Run(string method, string path, params (string Method, string Template)[] routes)
        => MatchOutcome.From(Build(routes.Length == 0 ? Table : routes).Match(method, path)).ToString();

    [Theory]
    // Precedence at one segment: literal > constrained > parameter > catch-all.
    [InlineData("GET", "/users/me", "route 0 []")]
    [InlineData("GET", "/users/42", "route 1 ['42']")]
    [InlineData("GET", "/users/bob", "route 2 ['bob']")]
    [InlineData("GET", "/users/bob/x", "route 3 ['bob/x']")]
    [InlineData("GET", "/users", "route 4 []")]
    // Trailing slash: exactly one is ignored; "//" is an empty segment that only a catch-all takes.
    [InlineData("GET", "/users/", "route 4 []")]
    [InlineData("GET", "/users/42/", "route 1 ['42']")]
    [InlineData("GET", "/users//", "route 3 ['']")]
    [InlineData("GET", "/", "route 8 []")]
    [InlineData("GET", "", "route 8 []")]
    [InlineData("GET", "//", "404")]
    // Catch-all: empty, one segment, many segments, trailing slash dropped, decoded.
    [InlineData("GET", "/files", "route 5 ['']")]
    [InlineData("GET", "/files/", "route 5 ['']")]
    [InlineData("GET", "/files/a", "route 5 ['a']")]
    [InlineData("GET", "/files/a/b/c.txt/", "route 5 ['a/b/c.txt']")]
    [InlineData("GET", "/files/a%20b/c%2Fd", "route 5 ['a b/c/d']")]
    // Optional last parameter: absent or present.
    [InlineData("GET", "/docs", "route 7 []")]
    [InlineData("GET", "/docs/", "route 7 []")]
    [InlineData("GET", "/docs/intro", "route 7 ['intro']")]
    [InlineData("GET", "/docs/intro/more", "404")]
    // Case: literals are case-sensitive, captured values keep their case.
    [InlineData("GET", "/Users/me", "404")]
    [InlineData("GET", "/users/ME", "route 2 ['ME']")]
    // Percent-decoding of values and constraint checks on the decoded value; literals match raw or decoded.
    [InlineData("GET", "/users/me%20too", "route 2 ['me too']")]
    [InlineData("GET", "/users/%34%32", "route 1 ['42']")]
    [InlineData("GET", "/users/%6De", "route 0 []")]
    [InlineData("GET", "/caf%C3%A9", "route 13 []")]
    [InlineData("GET", "/café", "route 13 []")]
    [InlineData("GET", "/users/100%", "route 2 ['100%']")]
    // Methods: HEAD falls back to GET unless a HEAD route exists; ANY takes every method; 405 lists what would match.
    [InlineData("HEAD", "/users", "route 4 []")]
    [InlineData("HEAD", "/ping", "route 10 []")]
    [InlineData("GET", "/ping", "route 11 []")]
    [InlineData("POST", "/users", "route 6 []")]
    [InlineData("PATCH", "/any/1", "route 12 ['1']")]
    [InlineData("DELETE", "/users", "405 Allow: GET, HEAD, POST")]
    [InlineData("DELETE", "/users/42", "route 9 ['42']")]
    [InlineData("DELETE", "/users/bob", "405 Allow: GET, HEAD")]
    [InlineData("PUT", "/users/42", "405 Allow: DELETE, GET, HEAD")]
    [InlineData("POST", "/ping", "405 Allow: GET, HEAD")]
    [InlineData("get", "/users", "405 Allow: GET, HEAD, POST")]
    [InlineData("GET", "/nope", "404")]
    [InlineData("POST", "/nope", "404")]
    [InlineData("GET", "users", "404")]
    public void Matches_the_table(string method, string path, string expected)
    {
        Assert.Equal(expected, Run(method, path));
        Assert.Equal(expected, ReferenceMatcher.Match(Table, method, path).ToString());
    }

    [Fact]
    public void Root_path_matches_the_root_template()
        => Assert.Equal("route 0 []", Run("GET", "/", ("GET", "/")));

    [Fact]
    public void A_later_literal_beats_an_earlier_catch_all_under_equally_ranked_constraints()
    {
        // int is tried before long (ordinal), but at the third segment the literal 'b' outranks the catch-all.
        Assert.Equal("route 0 ['5']", Run("GET", "/a/5/b", ("GET", "/a/{x:long}/b"), ("GET", "/a/{x:int}/{*rest}")));
        Assert.Equal("route 1 ['5', 'z']", Run("GET", "/a/5/z", ("GET", "/a/{x:long}/b"), ("GET", "/a/{x:int}/{*rest}")));
    }

    [Fact]
    public void Equally_specific_constrained_routes_go_by_declaration_order()
    {
        Assert.Equal("route 0 ['5']", Run("GET", "/a/5", ("GET", "/a/{x:long}"), ("GET", "/a/{x:int}")));
        Assert.Equal("route 0 ['5']", Run("GET", "/a/5", ("GET", "/a/{x:int}"), ("GET", "/a/{x:long}")));
        Assert.Equal("route 1 ['9999999999']", Run("GET", "/a/9999999999", ("GET", "/a/{x:int}"), ("GET", "/a/{x:long}")));
    }

    [Fact]
    public void A_constrained_route_that_accepts_the_method_beats_one_that_serves_head_by_get()
    {
        Assert.Equal("route 1 ['5']", Run("HEAD", "/a/5", ("GET", "/a/{x:int}"), ("HEAD", "/a/{x:long}")));
        Assert.Equal("route 0 ['5']", Run("HEAD", "/a/5", ("GET", "/a/{x:int}"), ("HEAD", "/a/{x}")));
    }

    [Fact]
    public void A_template_that_ends_beats_one_whose_optional_parameter_is_absent()
    {
        Assert.Equal("route 1 []", Run("GET", "/a", ("GET", "/a/{id?}"), ("GET", "/a")));
        Assert.Equal("route 0 ['7']", Run("GET", "/a/7", ("GET", "/a/{id?}"), ("GET", "/a")));
        Assert.Equal("route 0 []", Run("GET", "/a", ("GET", "/a/{id?}"), ("GET", "/a/{*rest}")));
    }

    [Fact]
    public void Head_falls_back_to_the_first_declared_get()
        => Assert.Equal("route 0 ['1']", Run("HEAD", "/a/1", ("GET", "/a/{x}"), ("GET", "/a/{y}")));

    [Fact]
    public void An_optional_parameter_after_others_captures_only_the_present_ones()
    {
        Assert.Equal("route 0 ['o1']", Run("GET", "/orders/o1", ("GET", "/orders/{id}/{part?}")));
        Assert.Equal("route 0 ['o1', 'lines']", Run("GET", "/orders/o1/lines", ("GET", "/orders/{id}/{part?}")));
    }

    [Fact]
    public void A_constrained_optional_parameter_that_does_not_fit_is_a_miss()
    {
        Assert.Equal("route 0 []", Run("GET", "/page", ("GET", "/page/{n:int?}")));
        Assert.Equal("route 0 ['3']", Run("GET", "/page/3", ("GET", "/page/{n:int?}")));
        Assert.Equal("404", Run("GET", "/page/x", ("GET", "/page/{n:int?}")));
    }

    [Fact]
    public void An_empty_table_answers_404()
        => Assert.Equal("404", MatchOutcome.From(new RouteMatcher([]).Match("GET", "/")).ToString());

    [Theory]
    [InlineData("int", "42", true)]
    [InlineData("int", "-42", true)]
    [InlineData("int", "4.2", false)]
    [InlineData("int", "2147483648", false)]
    [InlineData("int", "", false)]
    [InlineData("long", "2147483648", true)]
    [InlineData("long", "x", false)]
    [InlineData("guid", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", true)]
    [InlineData("guid", "3f2504e04f8911d39a0c0305e82c3301", true)]
    [InlineData("guid", "not-a-guid", false)]
    [InlineData("bool", "true", true)]
    [InlineData("bool", "False", true)]
    [InlineData("bool", "1", false)]
    [InlineData("decimal", "1.5", true)]
    [InlineData("decimal", "-0.25", true)]
    [InlineData("decimal", "1e3", false)]
    [InlineData("double", "1.5", true)]
    [InlineData("double", "1e3", true)]
    [InlineData("double", "NaN", true)]
    [InlineData("double", "x", false)]
    [InlineData("datetime", "2024-01-31", true)]
    [InlineData("datetime", "2024-01-31T10:20:30Z", true)]
    [InlineData("datetime", "01/31/2024", true)]
    [InlineData("datetime", "31/01/2024", false)]
    [InlineData("datetime", "tomorrow", false)]
    [InlineData("alpha", "abcXYZ", true)]
    [InlineData("alpha", "abc1", false)]
    [InlineData("alpha", "é", false)]
    [InlineData("alpha", "", false)]
    [InlineData(null, "", true)]
    [InlineData("unknown", "x", false)]
    public void Constraints_are_culture_invariant(string? constraint, string value, bool expected)
    {
        // A culture with ',' as decimal separator and day-first dates must not change what matches.
        foreach (var culture in new[] { "de-DE", "fr-FR", "en-US", "" })
        {
            var saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, RouteMatcher.Satisfies(constraint, value));
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }

    [Fact]
    public void A_decimal_segment_written_with_a_comma_is_not_one_and_a_half_in_a_comma_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("route 0 ['1.5']", Run("GET", "/price/1.5", ("GET", "/price/{p:decimal}")));
            Assert.Equal("route 0 ['2024-01-31']", Run("GET", "/day/2024-01-31", ("GET", "/day/{d:datetime}")));
            Assert.Equal("404", Run("GET", "/day/31.13.2024", ("GET", "/day/{d:datetime}")));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
