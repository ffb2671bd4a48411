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

    /// <summary>Counted once: enumerating the segments per match would allocate a boxed enumerator.</summary>
    public int ParameterCount { get; } = CountParameters(template);

    private static int CountParameters(RouteTemplate template)
    {
        var count = 0;
        foreach (var segment in template.Segments)
        {
            if (segment.Kind != RouteSegmentKind.Literal)
            {
                count++;
            }
        }

        return count;
    }
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
/// A segment trie over route templates plus a dictionary of the literal-only ones, built once at init. Among the routes that match a path, the most specific
/// one that accepts the method wins: routes are compared segment by segment with literal &gt; constrained parameter
/// &gt; parameter &gt; end of template &gt; absent optional parameter &gt; catch-all, then an exact method (or ANY)
/// before HEAD served by GET, then declaration order. Literals compare case-sensitively (as API Gateway does) with
/// the raw or the percent-decoded segment, and one trailing slash is ignored. A match that captures nothing allocates nothing.
/// </summary>
internal sealed class RouteMatcher
{
    // Captured parameters per path; templates are far shorter, and a longer path simply does not match.
    private const int MaxCaptures = 32;
    private readonly Node _root = new();

    // Templates made only of literals, by their exact path (with and without a trailing slash). Such a template
    // outranks every other template matching the same path, so when one of them accepts the method the trie walk
    // can be skipped: one hash lookup of the whole path.
    private readonly Dictionary<string, List<RouteEndpoint>> _literalPaths = new(StringComparer.Ordinal);

    // Longer paths cannot be a literal-only template: skip hashing them.
    private int _longestLiteralPath = -1;

    public RouteMatcher(IEnumerable<RouteEndpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            Add(endpoint);
            if (endpoint.ParameterCount == 0)
            {
                AddLiteralPath(endpoint);
            }
        }

        _root.Seal();
        foreach (var list in _literalPaths.Values)
        {
            list.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }
    }

    public RouteMatch Match(string method, string path)
    {
        var state = new MatchState(method, path);
        if (path.Length <= _longestLiteralPath && _literalPaths.TryGetValue(path, out var literal) && state.Pick(literal, default, 0) is { } exact)
        {
            return new RouteMatch(exact, null, null);
        }

        Span<Range> captures = stackalloc Range[MaxCaptures];
        var found = Visit(_root, path, 0, 0, captures, 0, ref state);
        return found is null
            ? new RouteMatch(null, null, state.Allowed is null ? null : string.Join(", ", state.Allowed))
            : new RouteMatch(found, state.Values, null);
    }

    /// <summary>Whether <paramref name="value"/> satisfies a template constraint (null means none).</summary>
    public static bool Satisfies(string? constraint, ReadOnlySpan<char> value) => Satisfies(ParseConstraint(constraint), value);

    private static ConstraintKind ParseConstraint(string? constraint) => constraint switch
    {
        null => ConstraintKind.None,
        "int" => ConstraintKind.Int,
        "long" => ConstraintKind.Long,
        "guid" => ConstraintKind.Guid,
        "bool" => ConstraintKind.Bool,
        "decimal" => ConstraintKind.Decimal,
        "double" => ConstraintKind.Double,
        "datetime" => ConstraintKind.DateTime,
        "alpha" => ConstraintKind.Alpha,
        _ => ConstraintKind.Unknown,
    };

    private static bool Satisfies(ConstraintKind constraint, ReadOnlySpan<char> value)
    {
        var invariant = CultureInfo.InvariantCulture;
        return constraint switch
        {
            ConstraintKind.None => true,
            ConstraintKind.Int => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            ConstraintKind.Long => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            ConstraintKind.Guid => Guid.TryParse(value, out _),
            ConstraintKind.Bool => bool.TryParse(value, out _),
            ConstraintKind.Decimal => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            ConstraintKind.Double => double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out _),
            ConstraintKind.DateTime => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            ConstraintKind.Alpha => IsAlpha(value),
            _ => false,
        };
    }

    /// <summary>Constraint names resolved once when the trie is built, not compared as strings per request.</summary>
    private enum ConstraintKind
    {
        None,
        Int,
        Long,
        Guid,
        Bool,
        Decimal,
        Double,
        DateTime,
        Alpha,
        Unknown,
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

    private void AddLiteralPath(RouteEndpoint endpoint)
    {
        var texts = new List<string>();
        foreach (var segment in endpoint.Template.Segments)
        {
            texts.Add(segment.Text);
        }

        // "/a/b" and "/a/b/"; the root is "/" and the empty path.
        var path = "/" + string.Join("/", texts);
        foreach (var key in texts.Count == 0 ? new[] { "/", "" } : new[] { path, path + "/" })
        {
            if (!_literalPaths.TryGetValue(key, out var list))
            {
                _literalPaths[key] = list = new List<RouteEndpoint>();
            }

            list.Add(endpoint);
            _longestLiteralPath = Math.Max(_longestLiteralPath, key.Length);
        }
    }

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
                        node.OptionalAbsent.Add(endpoint);
                    }

                    node = node.Parameter(segment.Constraint);
                    break;
            }
        }

        node.Endpoints.Add(endpoint);
    }

    private static RouteEndpoint? Visit(Node node, string path, int position, int segmentIndex, Span<Range> captures, int depth, ref MatchState state)
    {
        // The rest of the path is empty or a single trailing slash ("/" itself is the root, zero segments): routes
        // that end here come first, then routes whose optional last parameter is absent, then an empty catch-all.
        var rest = path.Length - position;
        if (rest == 0 || (rest == 1 && path[position] == '/'))
        {
            if (state.Pick(node.Endpoints, captures, depth) is { } here)
            {
                return here;
            }

            if (state.Pick(node.OptionalAbsent, captures, depth) is { } absent)
            {
                return absent;
            }

            if (node.CatchAll.Count == 0)
            {
                return null;
            }

            captures[depth] = new Range(path.Length, path.Length);
            return state.Pick(node.CatchAll, captures, depth + 1);
        }

        if (path[position] != '/' || depth >= MaxCaptures - 1)
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
            var decoded = segment.IndexOf('%') >= 0 ? Decode(segment).AsSpan() : segment;
            if (node.FindLiteral(segment, decoded) is { } child && Visit(child, path, end, segmentIndex + 1, captures, depth, ref state) is { } literal)
            {
                return literal;
            }

            if (node.Constrained.Length > 0)
            {
                captures[depth] = new Range(start, end);
                if (VisitConstrained(node, decoded, path, end, segmentIndex, captures, depth, ref state) is { } constrained)
                {
                    return constrained;
                }
            }

            if (node.Unconstrained is { } parameterChild)
            {
                captures[depth] = new Range(start, end);
                if (Visit(parameterChild, path, end, segmentIndex + 1, captures, depth + 1, ref state) is { } parameter)
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

    /// <summary>
    /// Constrained parameters rank equal at this segment, so every satisfied one is tried and the best route found
    /// below them wins (by the rest of the path, then exact method, then declaration order), not the first.
    /// </summary>
    private static RouteEndpoint? VisitConstrained(Node node, ReadOnlySpan<char> value, string path, int end, int segmentIndex, Span<Range> captures, int depth, ref MatchState state)
    {
        RouteEndpoint? best = null;
        string[]? bestValues = null;
        var bestFallback = false;
        foreach (var (constraint, child) in node.Constrained)
        {
            if (!Satisfies(constraint, value) || Visit(child, path, end, segmentIndex + 1, captures, depth + 1, ref state) is not { } found)
            {
                continue;
            }

            if (best is null || IsBetter(found, state.Fallback, best, bestFallback, segmentIndex + 1, path))
            {
                best = found;
                bestValues = state.Values;
                bestFallback = state.Fallback;
            }
        }

        state.Values = bestValues;
        state.Fallback = bestFallback;
        return best;
    }

    private static bool IsBetter(RouteEndpoint candidate, bool candidateFallback, RouteEndpoint best, bool bestFallback, int fromSegment, string path)
    {
        var segments = SegmentCount(path);
        for (var i = fromSegment; ; i++)
        {
            var a = Rank(candidate.Template, i, segments);
            var b = Rank(best.Template, i, segments);
            if (a != b)
            {
                return a < b;
            }

            if (a >= EndRank)
            {
                break;
            }
        }

        return candidateFallback != bestFallback ? !candidateFallback : candidate.Index < best.Index;
    }

    private const int EndRank = 3;

    /// <summary>How specific a template is at one path segment: literal 0, constrained 1, parameter 2, end 3, absent optional 4, catch-all 5.</summary>
    internal static int Rank(RouteTemplate template, int index, int pathSegments)
    {
        if (index >= template.Segments.Count)
        {
            return EndRank;
        }

        var segment = template.Segments[index];
        return segment.Kind switch
        {
            RouteSegmentKind.Literal => 0,
            RouteSegmentKind.CatchAll => 5,
            _ when index >= pathSegments => 4,
            _ => segment.Constraint is null ? 2 : 1,
        };
    }

    /// <summary>The number of segments of a path, one trailing slash ignored ("/" has none, "//" one empty one).</summary>
    private static int SegmentCount(string path)
    {
        var length = path.Length > 0 && path[path.Length - 1] == '/' ? path.Length - 1 : path.Length;
        return length == 0 ? 0 : path.AsSpan(0, length).Count('/');
    }

    private struct MatchState(string method, string path)
    {
        private readonly string _method = method;
        private readonly string _path = path;

        public SortedSet<string>? Allowed;
        public string[]? Values;
        public bool Fallback;

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
                    Fallback = false;
                    return Take(endpoint, captures, depth);
                }

                if (_method == "HEAD" && endpoint.Method == "GET")
                {
                    fallback ??= endpoint;
                }
            }

            if (fallback is not null)
            {
                Fallback = true;
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
            var count = Math.Min(depth, endpoint.ParameterCount);
            Values = null;
            if (count > 0)
            {
                Values = new string[count];
                for (var i = 0; i < count; i++)
                {
                    Values[i] = Decode(_path.AsSpan()[captures[i]]);
                }
            }

            return endpoint;
        }
    }

    private sealed class Node
    {
        private readonly Dictionary<string, Node> _literals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Node> _parameters = new(StringComparer.Ordinal);
        private string[] _literalTexts = Array.Empty<string>();
        private Node[] _literalChildren = Array.Empty<Node>();

        /// <summary>Constrained parameter children, in ordinal order of the constraint name.</summary>
        public (ConstraintKind Constraint, Node Child)[] Constrained { get; private set; } = Array.Empty<(ConstraintKind, Node)>();

        public Node? Unconstrained { get; private set; }

        /// <summary>Routes that end at this node.</summary>
        public List<RouteEndpoint> Endpoints { get; } = new();

        /// <summary>Routes whose optional last parameter would be the next segment.</summary>
        public List<RouteEndpoint> OptionalAbsent { get; } = new();

        public List<RouteEndpoint> CatchAll { get; } = new();

        public Node Literal(string text) => _literals.TryGetValue(text, out var child) ? child : _literals[text] = new Node();

        public Node Parameter(string? constraint) => _parameters.TryGetValue(constraint ?? "", out var child) ? child : _parameters[constraint ?? ""] = new Node();

        /// <summary>The literal child for a segment, by its raw text or else its decoded text; a binary search, no allocation.</summary>
        public Node? FindLiteral(ReadOnlySpan<char> raw, ReadOnlySpan<char> decoded)
        {
            if (_literalTexts.Length == 0)
            {
                return null;
            }

            var index = Search(raw);
            if (index < 0 && decoded != raw)
            {
                index = Search(decoded);
            }

            return index < 0 ? null : _literalChildren[index];
        }

        private int Search(ReadOnlySpan<char> text)
        {
            var low = 0;
            var high = _literalTexts.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var order = text.SequenceCompareTo(_literalTexts[middle].AsSpan());
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    high = middle - 1;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return -1;
        }

        public void Seal()
        {
            // Sorted by UTF-16 code unit, the order SequenceCompareTo uses, so a binary search finds them.
            var texts = new List<string>(_literals.Keys);
            texts.Sort(string.CompareOrdinal);
            _literalTexts = texts.ToArray();
            _literalChildren = new Node[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                (_literalChildren[i] = _literals[texts[i]]).Seal();
            }

            var constrained = new List<(string, Node)>();
            foreach (var pair in _parameters)
            {
                pair.Value.Seal();
                if (pair.Key.Length == 0)
                {
                    Unconstrained = pair.Value;
                }
                else
                {
                    constrained.Add((pair.Key, pair.Value));
                }
            }

            constrained.Sort(static (a, b) => string.CompareOrdinal(a.Item1, b.Item1));
            Constrained = constrained.ConvertAll(static c => (ParseConstraint(c.Item1), c.Item2)).ToArray();

            // Within one list, declaration order decides between routes of the same shape (conflicts are compile errors).
            Endpoints.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            OptionalAbsent.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            CatchAll.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }
    }
}
