using System;
using System.Collections.Generic;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Gateway;

/// <summary>
/// API Gateway HTTP API route selection. A request matches a route when the method is the route's (or the
/// route is <c>ANY</c>) and each path segment matches: a literal exactly (case-sensitive), <c>{name}</c> any one
/// non-empty segment, <c>{name+}</c> (last) the whole non-empty rest. Among matches the most specific wins, as the
/// gateway documents it: segment by segment, a literal beats a variable, which beats a greedy variable; then a
/// route with the request's method beats <c>ANY</c>. <c>$default</c> takes what nothing else matched.
/// </summary>
public sealed class RouteTable
{
    private readonly List<Entry> _entries = new();
    private (FunctionSpec Function, RouteSpec Route)? _default;

    /// <summary>Builds the table from the template's HttpApi events.</summary>
    /// <exception cref="Manifest.ManifestException">Two functions claim the same route key.</exception>
    public RouteTable(IEnumerable<(FunctionSpec Function, RouteSpec Route)> routes)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (function, route) in routes)
        {
            if (keys.TryGetValue(route.RouteKey, out var owner))
            {
                if (owner != function.LogicalId)
                {
                    throw new ManifestException($"Route '{route.RouteKey}' is declared by both {owner} and {function.LogicalId}.");
                }

                continue;
            }

            keys.Add(route.RouteKey, function.LogicalId);
            if (route.Path is null)
            {
                _default = (function, route);
            }
            else
            {
                _entries.Add(new Entry(function, route, Parse(route.Path)));
            }
        }
    }

    /// <summary>The selected route, or null when the gateway would answer 404.</summary>
    public RouteMatch? Match(string method, string path)
    {
        var requestSegments = Split(path);
        Entry? best = null;
        Dictionary<string, string>? bestParameters = null;
        foreach (var entry in _entries)
        {
            if (entry.Route.Method != "ANY" && !entry.Route.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var parameters = TryBind(entry.Segments, requestSegments);
            if (parameters is not null && (best is null || Compare(entry, best) > 0))
            {
                best = entry;
                bestParameters = parameters;
            }
        }

        if (best is not null)
        {
            return new RouteMatch(best.Function, best.Route, bestParameters!);
        }

        return _default is { } fallback ? new RouteMatch(fallback.Function, fallback.Route, new Dictionary<string, string>()) : null;
    }

    /// <summary>Every route, for printing: ordered by path then method.</summary>
    public IEnumerable<(FunctionSpec Function, RouteSpec Route)> All()
    {
        var list = new List<(FunctionSpec, RouteSpec)>();
        foreach (var entry in _entries)
        {
            list.Add((entry.Function, entry.Route));
        }

        list.Sort(static (a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Item2.Path, b.Item2.Path);
            return byPath != 0 ? byPath : string.CompareOrdinal(a.Item2.Method, b.Item2.Method);
        });
        if (_default is { } d)
        {
            list.Add(d);
        }

        return list;
    }

    private static int Compare(Entry a, Entry b)
    {
        var count = Math.Min(a.Segments.Length, b.Segments.Length);
        for (var i = 0; i < count; i++)
        {
            var byKind = ((int)a.Segments[i].Kind).CompareTo((int)b.Segments[i].Kind);
            if (byKind != 0)
            {
                return byKind;
            }
        }

        // Same shape so far: the longer route pins down more of the path.
        var byLength = a.Segments.Length.CompareTo(b.Segments.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        return (a.Route.Method != "ANY").CompareTo(b.Route.Method != "ANY");
    }

    private static Dictionary<string, string>? TryBind(Segment[] route, string[] request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < route.Length; i++)
        {
            var segment = route[i];
            if (segment.Kind == SegmentKind.Greedy)
            {
                if (i >= request.Length)
                {
                    return null;
                }

                var rest = string.Join('/', request, i, request.Length - i);
                if (rest.Length == 0)
                {
                    return null;
                }

                parameters[segment.Text] = Decode(rest);
                return parameters;
            }

            if (i >= request.Length)
            {
                return null;
            }

            if (segment.Kind == SegmentKind.Literal)
            {
                if (!string.Equals(segment.Text, request[i], StringComparison.Ordinal))
                {
                    return null;
                }
            }
            else
            {
                if (request[i].Length == 0)
                {
                    return null;
                }

                parameters[segment.Text] = Decode(request[i]);
            }
        }

        return route.Length == request.Length ? parameters : null;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value);

    private static string[] Split(string path)
    {
        var trimmed = path.StartsWith('/') ? path.Substring(1) : path;
        return trimmed.Length == 0 ? Array.Empty<string>() : trimmed.Split('/');
    }

    private static Segment[] Parse(string path)
    {
        var parts = Split(path);
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length > 2 && part[0] == '{' && part[^1] == '}')
            {
                var name = part.Substring(1, part.Length - 2);
                segments[i] = name.EndsWith('+')
                    ? new Segment(SegmentKind.Greedy, name.Substring(0, name.Length - 1))
                    : new Segment(SegmentKind.Variable, name);
            }
            else
            {
                segments[i] = new Segment(SegmentKind.Literal, part);
            }
        }

        return segments;
    }

    // Ordered by specificity: a higher value wins.
    private enum SegmentKind
    {
        Greedy = 0,
        Variable = 1,
        Literal = 2,
    }

    private readonly record struct Segment(SegmentKind Kind, string Text);

    private sealed record Entry(FunctionSpec Function, RouteSpec Route, Segment[] Segments);
}

/// <summary>A selected route and the path parameters it bound.</summary>
public sealed record RouteMatch(FunctionSpec Function, RouteSpec Route, IReadOnlyDictionary<string, string> PathParameters);
