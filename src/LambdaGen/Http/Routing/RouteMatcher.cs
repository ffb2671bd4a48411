using System;
using System.Collections.Generic;
using System.Globalization;

namespace LambdaGen.Http.Routing;

/// <summary>A route the matcher can select: its method, its index in the application's table and its parameters.</summary>
internal sealed class RouteEndpoint(string method, int index, RouteTemplate template)
{
    public string Method { get; } = method;

    public int Index { get; } = index;

    public RouteTemplate Template { get; } = template;
}

/// <summary>The outcome of matching a method and path.</summary>
internal readonly struct RouteMatch
{
    public RouteMatch(RouteEndpoint? endpoint, string[]? values, string? allowed)
    {
        Endpoint = endpoint;
        Values = values;
        Allowed = allowed;
    }

    /// <summary>The selected route, or null (then <see cref="Allowed"/> tells 404 from 405).</summary>
    public RouteEndpoint? Endpoint { get; }

    /// <summary>Captured parameter values (percent-decoded), in template order; null when the route has none.</summary>
    public string[]? Values { get; }

    /// <summary>For a path that matched with another method: the methods that would match, for the Allow header.</summary>
    public string? Allowed { get; }
}

/// <summary>
/// A segment trie over route templates, built once at init. Precedence at each segment: literal, constrained
/// parameter, parameter, catch-all; the first matching route that accepts the method wins, HEAD falls back to GET.
/// Literals compare case-sensitively (as API Gateway does) and one trailing slash is ignored. A literal-only match
/// allocates nothing.
/// </summary>
internal sealed class RouteMatcher
{
    private const int MaxSegments = 32;
    private readonly Node _root = new();

    public RouteMatcher(IEnumerable<RouteEndpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            Add(endpoint);
        }

        _root.Seal();
    }

    public RouteMatch Match(string method, string path)
    {
        Span<Range> captures = stackalloc Range[MaxSegments];
        var state = new MatchState(method);
        var found = Visit(_root, path, 0, captures, 0, ref state);
        if (found is null)
        {
            return new RouteMatch(null, null, state.Allowed is null ? null : string.Join(", ", state.Allowed));
        }

        string[]? values = null;
        if (state.CaptureCount > 0)
        {
            values = new string[state.CaptureCount];
            for (var i = 0; i < values.Length; i++)
            {
                var range = state.Captures![i];
                values[i] = Decode(path.AsSpan()[range]);
            }
        }

        return new RouteMatch(found, values, null);
    }

    /// <summary>Whether <paramref name="value"/> satisfies a template constraint (null means none).</summary>
    public static bool Satisfies(string? constraint, ReadOnlySpan<char> value)
    {
        var invariant = CultureInfo.InvariantCulture;
        return constraint switch
        {
            null => true,
            "int" => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            "long" => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            "guid" => Guid.TryParse(value, out _),
            "bool" => bool.TryParse(value, out _),
            "decimal" => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            "double" => double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out _),
            "datetime" => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            "alpha" => IsAlpha(value),
            _ => false,
        };
    }

    private static bool IsAlpha(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    internal static string Decode(ReadOnlySpan<char> raw) => raw.IndexOf('%') >= 0 ? Uri.UnescapeDataString(raw.ToString()) : raw.ToString();

    private void Add(RouteEndpoint endpoint)
    {
        var node = _root;
        foreach (var segment in endpoint.Template.Segments)
        {
            switch (segment.Kind)
            {
                case RouteSegmentKind.Literal:
                    node = node.Literal(segment.Text);
                    break;
                case RouteSegmentKind.CatchAll:
                    node.CatchAll.Add(endpoint);
                    return;
                default:
                    if (segment.Optional)
                    {
                        node.Endpoints.Add(endpoint);
                    }

                    node = node.Parameter(segment.Constraint);
                    break;
            }
        }

        node.Endpoints.Add(endpoint);
    }

    private static RouteEndpoint? Visit(Node node, string path, int position, Span<Range> captures, int depth, ref MatchState state)
    {
        // The rest of the path is empty or a single trailing slash: this node's own endpoints are candidates.
        var rest = path.Length - position;
        if (rest == 0 || (rest == 1 && path[position] == '/' && position > 0))
        {
            if (state.Pick(node.Endpoints, captures, depth) is { } here)
            {
                return here;
            }

            if (node.CatchAll.Count == 0)
            {
                return null;
            }

            captures[depth] = new Range(path.Length, path.Length);
            return state.Pick(node.CatchAll, captures, depth + 1);
        }

        if (path[position] != '/' || depth >= MaxSegments - 1)
        {
            return null;
        }

        var start = position + 1;
        var end = path.IndexOf('/', start);
        if (end < 0)
        {
            end = path.Length;
        }

        var segment = path.AsSpan(start, end - start);
        if (segment.Length > 0)
        {
            foreach (var (text, child) in node.Literals)
            {
                if (segment.SequenceEqual(text.AsSpan()) && Visit(child, path, end, captures, depth, ref state) is { } literal)
                {
                    return literal;
                }
            }

            foreach (var (constraint, child) in node.Parameters)
            {
                if (constraint is not null && !Satisfies(constraint, segment.IndexOf('%') >= 0 ? Decode(segment).AsSpan() : segment))
                {
                    continue;
                }

                captures[depth] = new Range(start, end);
                if (Visit(child, path, end, captures, depth + 1, ref state) is { } parameter)
                {
                    return parameter;
                }
            }
        }

        if (node.CatchAll.Count > 0)
        {
            var tail = path.Length > start && path[path.Length - 1] == '/' ? path.Length - 1 : path.Length;
            captures[depth] = new Range(start, Math.Max(start, tail));
            return state.Pick(node.CatchAll, captures, depth + 1);
        }

        return null;
    }

    private struct MatchState(string method)
    {
        private readonly string _method = method;

        public SortedSet<string>? Allowed;
        public Range[]? Captures;
        public int CaptureCount;

        public RouteEndpoint? Pick(List<RouteEndpoint> endpoints, Span<Range> captures, int depth)
        {
            if (endpoints.Count == 0)
            {
                return null;
            }

            RouteEndpoint? fallback = null;
            foreach (var endpoint in endpoints)
            {
                if (endpoint.Method == _method || endpoint.Method == "ANY")
                {
                    return Take(endpoint, captures, depth);
                }

                if (_method == "HEAD" && endpoint.Method == "GET")
                {
                    fallback = endpoint;
                }
            }

            if (fallback is not null)
            {
                return Take(fallback, captures, depth);
            }

            Allowed ??= new SortedSet<string>(StringComparer.Ordinal);
            foreach (var endpoint in endpoints)
            {
                Allowed.Add(endpoint.Method);
                if (endpoint.Method == "GET")
                {
                    Allowed.Add("HEAD");
                }
            }

            return null;
        }

        private RouteEndpoint Take(RouteEndpoint endpoint, Span<Range> captures, int depth)
        {
            // An omitted optional parameter has no capture: it binds as missing.
            var count = Math.Min(depth, ParameterCount(endpoint));
            if (count > 0)
            {
                Captures = captures.Slice(0, count).ToArray();
            }

            CaptureCount = count;
            return endpoint;
        }

        private static int ParameterCount(RouteEndpoint endpoint)
        {
            var count = 0;
            foreach (var segment in endpoint.Template.Segments)
            {
                if (segment.Kind != RouteSegmentKind.Literal)
                {
                    count++;
                }
            }

            return count;
        }
    }

    private sealed class Node
    {
        private readonly Dictionary<string, Node> _literals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Node> _parameters = new(StringComparer.Ordinal);

        public (string Text, Node Child)[] Literals { get; private set; } = Array.Empty<(string, Node)>();

        public (string? Constraint, Node Child)[] Parameters { get; private set; } = Array.Empty<(string?, Node)>();

        public List<RouteEndpoint> Endpoints { get; } = new();

        public List<RouteEndpoint> CatchAll { get; } = new();

        public Node Literal(string text) => _literals.TryGetValue(text, out var child) ? child : _literals[text] = new Node();

        public Node Parameter(string? constraint) => _parameters.TryGetValue(constraint ?? "", out var child) ? child : _parameters[constraint ?? ""] = new Node();

        public void Seal()
        {
            var literals = new List<(string, Node)>();
            foreach (var pair in _literals)
            {
                pair.Value.Seal();
                literals.Add((pair.Key, pair.Value));
            }

            literals.Sort(static (a, b) => string.CompareOrdinal(a.Item1, b.Item1));
            Literals = literals.ToArray();

            // Constrained parameters are tried before the unconstrained one.
            var parameters = new List<(string?, Node)>();
            foreach (var pair in _parameters)
            {
                pair.Value.Seal();
                parameters.Add((pair.Key.Length == 0 ? null : pair.Key, pair.Value));
            }

            parameters.Sort(static (a, b) => a.Item1 is null ? 1 : b.Item1 is null ? -1 : string.CompareOrdinal(a.Item1, b.Item1));
            Parameters = parameters.ToArray();

            // Within one node, declaration order decides between routes of the same shape (conflicts are compile errors).
            Endpoints.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            CatchAll.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }
    }
}
