using CsCheck;
using LambdaGen.Http.Routing;

namespace LambdaGen.Http.Tests;

/// <summary>
/// Random route sets and random paths (built to hit a route, to just miss it, or from scratch): the trie and
/// <see cref="ReferenceMatcher"/> must agree on 404/405, the route, its captured values and the Allow list.
/// </summary>
public class RouteMatcherPropertyTests
{
    private static readonly string[] Literals = ["a", "b", "ab", "A"];
    private static readonly string?[] ConstraintChoices = [null, null, "int", "long", "alpha", "bool", "guid", "decimal", "double", "datetime"];
    private static readonly string[] Methods = ["GET", "GET", "POST", "PUT", "DELETE", "HEAD", "ANY"];

    // Segment values chosen to satisfy some constraints and not others, plus encodings, empties and near-literals.
    private static readonly string[] Values =
    [
        "a", "b", "ab", "A", "x", "abc", "1", "42", "-7", "9999999999", "1.5", "true", "False",
        "2024-01-02", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "%61", "a%2Fb", "%41b", "", "1e3",
    ];

    private enum Tail { None, Optional, CatchAll }

    private sealed record SegmentSpec(bool IsLiteral, string Literal, string? Constraint);

    private sealed record RouteSpec(string Method, SegmentSpec[] Body, Tail Tail, string? TailConstraint)
    {
        public string Template
        {
            get
            {
                var parts = new List<string>();
                var n = 0;
                foreach (var segment in Body)
                {
                    parts.Add(segment.IsLiteral ? segment.Literal : "{p" + n++ + (segment.Constraint is null ? "" : ":" + segment.Constraint) + "}");
                }

                if (Tail == Tail.Optional)
                {
                    parts.Add("{p" + n + (TailConstraint is null ? "" : ":" + TailConstraint) + "?}");
                }
                else if (Tail == Tail.CatchAll)
                {
                    parts.Add("{*rest}");
                }

                return "/" + string.Join("/", parts);
            }
        }
    }

    private static readonly Gen<SegmentSpec> SegmentGen = Gen.Frequency(
        (3, Gen.Int[0, Literals.Length - 1].Select(i => new SegmentSpec(true, Literals[i], null))),
        (2, Gen.Int[0, ConstraintChoices.Length - 1].Select(i => new SegmentSpec(false, "", ConstraintChoices[i]))));

    private static readonly Gen<RouteSpec> RouteGen =
        Gen.Select(
            Gen.Int[0, Methods.Length - 1],
            SegmentGen.Array[0, 3],
            Gen.Int[0, 5],
            Gen.Int[0, ConstraintChoices.Length - 1],
            (m, body, tail, c) => new RouteSpec(Methods[m], body, tail <= 3 ? Tail.None : tail == 4 ? Tail.Optional : Tail.CatchAll, ConstraintChoices[c]));

    private static readonly Gen<string> ValueGen = Gen.Int[0, Values.Length - 1].Select(i => Values[i]);

    /// <summary>A path made from one route: each segment filled with a value that may or may not fit, maybe one segment too many or too few.</summary>
    private static Gen<string> PathFrom(RouteSpec route) =>
        Gen.Select(ValueGen.Array[8], Gen.Int[0, 9], Gen.Int[0, 2], Gen.Bool, Gen.Bool, (values, mutate, catchAllCount, trailing, keepOptional) =>
        {
            var parts = new List<string>();
            var v = 0;
            foreach (var segment in route.Body)
            {
                // Mostly the literal itself, sometimes a random value (a near miss or a lucky hit).
                parts.Add(segment.IsLiteral && mutate != 0 ? segment.Literal : values[v++ % values.Length]);
            }

            if (route.Tail == Tail.Optional && keepOptional)
            {
                parts.Add(values[v++ % values.Length]);
            }
            else if (route.Tail == Tail.CatchAll)
            {
                for (var i = 0; i < catchAllCount; i++)
                {
                    parts.Add(values[v++ % values.Length]);
                }
            }

            if (mutate == 1)
            {
                parts.Add(values[v % values.Length]);
            }
            else if (mutate == 2 && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }

            return "/" + string.Join("/", parts) + (trailing && parts.Count > 0 ? "/" : "");
        });

    private static readonly Gen<string> RandomPathGen =
        Gen.Select(ValueGen.Array[0, 4], Gen.Bool, (parts, trailing) => "/" + string.Join("/", parts) + (trailing ? "/" : ""));

    private static readonly Gen<(RouteSpec[] Routes, string Method, string Path)> ScenarioGen =
        RouteGen.Array[1, 12].SelectMany(routes =>
            Gen.Select(
                Gen.Int[0, routes.Length - 1].SelectMany(i => PathFrom(routes[i])),
                RandomPathGen,
                Gen.Int[0, 3],
                Gen.Int[0, Methods.Length - 1],
                (built, random, which, m) => (routes, Methods[m] == "ANY" ? "PATCH" : Methods[m], which == 0 ? random : built)));

    [Fact]
    public void Trie_agrees_with_the_reference_matcher()
    {
        ScenarioGen.Sample(
            scenario =>
            {
                var (routes, method, path) = scenario;
                var table = routes.Select(r => (r.Method, r.Template)).ToList();
                var matcher = new RouteMatcher(table.Select((r, i) => new RouteEndpoint(r.Method, i, RouteTemplate.Parse(r.Template))));
                var expected = ReferenceMatcher.Match(table, method, path);
                var actual = MatchOutcome.From(matcher.Match(method, path));
                Assert.Equal(expected.ToString(), actual.ToString());
            },
            iter: 20_000,
            print: scenario => $"{scenario.Method} {scenario.Path} against [{string.Join(", ", scenario.Routes.Select(r => r.Method + " " + r.Template))}]");
    }

    [Fact]
    public void Every_gateway_path_of_a_template_is_a_path_the_template_matches()
    {
        // The routeKey dictionary registers GatewayPaths(); each must stand for requests the matcher would also
        // send to that route, or the two dispatch paths would disagree.
        RouteGen.Sample(
            route =>
            {
                var template = RouteTemplate.Parse(route.Template);
                var matcher = new RouteMatcher([new RouteEndpoint("GET", 0, template)]);
                foreach (var gatewayPath in template.GatewayPaths())
                {
                    var path = System.Text.RegularExpressions.Regex.Replace(gatewayPath, @"\{([^}+]+)(\+?)\}", m =>
                    {
                        var segment = template.Segments.First(s => s.Text == m.Groups[1].Value);
                        return m.Groups[2].Value == "+" ? "x/y" : SampleValue(segment.Constraint);
                    });
                    Assert.DoesNotContain('{', path);
                    Assert.Equal(0, matcher.Match("GET", path).Endpoint?.Index);
                }
            },
            iter: 2_000,
            print: route => route.Template);

        static string SampleValue(string? constraint) => constraint switch
        {
            "int" or "long" or "decimal" or "double" => "7",
            "bool" => "true",
            "guid" => "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "datetime" => "2024-01-02",
            _ => "abc",
        };
    }

    [Fact]
    public void Generated_paths_hit_routes_often_enough_to_mean_something()
    {
        // Guards the generator itself: if almost every path were a 404 the agreement test would prove little.
        var outcomes = new List<MatchOutcome>();
        ScenarioGen.Sample(
            scenario =>
            {
                var table = scenario.Routes.Select(r => (r.Method, r.Template)).ToList();
                outcomes.Add(ReferenceMatcher.Match(table, scenario.Method, scenario.Path));
            },
            iter: 2_000,
            threads: 1);
        Assert.True(outcomes.Count(o => o.Index is not null) > outcomes.Count / 5, "too few hits");
        Assert.True(outcomes.Count(o => o.Allowed is not null) > outcomes.Count / 50, "too few 405s");
        Assert.True(outcomes.Count(o => o.Index is null && o.Allowed is null) > outcomes.Count / 10, "too few 404s");
    }
}
