using LambdaGen.Http.Routing;

namespace LambdaGen.Http.Tests;

/// <summary>What a matcher decided: the route's index and its captured values, or the Allow list (405), or neither (404).</summary>
public sealed record MatchOutcome(int? Index, string[] Values, string? Allowed)
{
    public override string ToString()
        => Index is { } index ? $"route {index} [{string.Join(", ", Values.Select(v => "'" + v + "'"))}]" : Allowed is null ? "404" : $"405 Allow: {Allowed}";

    internal static MatchOutcome From(RouteMatch match)
        => new(match.Endpoint?.Index, match.Values ?? [], match.Allowed);
}

/// <summary>
/// The documented matching rules written the slow, obvious way: try every route against the path segment by
/// segment, keep those that match, and pick with a sort. The trie must agree with it on every input.
/// </summary>
public static class ReferenceMatcher
{
    // How specific a template is at one path segment; lower wins.
    private const int Literal = 0, Constrained = 1, Unconstrained = 2, End = 3, OptionalAbsent = 4, CatchAll = 5;

    public static MatchOutcome Match(IReadOnlyList<(string Method, string Template)> routes, string method, string path)
    {
        var segments = Split(path);
        if (segments is null)
        {
            return new MatchOutcome(null, [], null);
        }

        var candidates = new List<(int Index, string Method, int[] Ranks, string[] Values)>();
        for (var i = 0; i < routes.Count; i++)
        {
            if (TryMatch(RouteTemplate.Parse(routes[i].Template), segments, out var ranks, out var values))
            {
                candidates.Add((i, routes[i].Method, ranks, values));
            }
        }

        var accepting = candidates
            .Select(c => (Candidate: c, Fallback: c.Method == method || c.Method == "ANY" ? 0 : method == "HEAD" && c.Method == "GET" ? 1 : -1))
            .Where(c => c.Fallback >= 0)
            .ToList();
        if (accepting.Count > 0)
        {
            accepting.Sort((a, b) =>
            {
                var byRank = CompareRanks(a.Candidate.Ranks, b.Candidate.Ranks);
                return byRank != 0 ? byRank : a.Fallback != b.Fallback ? a.Fallback - b.Fallback : a.Candidate.Index - b.Candidate.Index;
            });
            var best = accepting[0].Candidate;
            return new MatchOutcome(best.Index, best.Values, null);
        }

        if (candidates.Count == 0)
        {
            return new MatchOutcome(null, [], null);
        }

        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            allowed.Add(candidate.Method);
            if (candidate.Method == "GET")
            {
                allowed.Add("HEAD");
            }
        }

        return new MatchOutcome(null, [], string.Join(", ", allowed));
    }

    /// <summary>"/" has no segments, "/a/" is "/a" (one trailing slash ignored), "//" has one empty segment.</summary>
    private static List<string>? Split(string path)
    {
        if (path.Length == 0)
        {
            return [];
        }

        if (path[0] != '/')
        {
            return null;
        }

        var segments = path.Substring(1).Split('/').ToList();
        if (segments[^1].Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    private static bool TryMatch(RouteTemplate template, List<string> segments, out int[] ranks, out string[] values)
    {
        var rankList = new List<int>();
        var valueList = new List<string>();
        ranks = [];
        values = [];
        var position = 0;
        var ended = false;
        foreach (var segment in template.Segments)
        {
            if (segment.Kind == RouteSegmentKind.CatchAll)
            {
                rankList.Add(CatchAll);
                valueList.Add(Uri.UnescapeDataString(string.Join("/", segments.Skip(position))));
                position = segments.Count;
                ended = true;
                break;
            }

            if (position == segments.Count)
            {
                if (!segment.Optional)
                {
                    return false;
                }

                rankList.Add(OptionalAbsent);
                ended = true;
                break;
            }

            var raw = segments[position];
            var decoded = Uri.UnescapeDataString(raw);
            if (raw.Length == 0)
            {
                return false;
            }

            if (segment.Kind == RouteSegmentKind.Literal)
            {
                if (raw != segment.Text && decoded != segment.Text)
                {
                    return false;
                }

                rankList.Add(Literal);
            }
            else
            {
                if (!RouteMatcher.Satisfies(segment.Constraint, decoded))
                {
                    return false;
                }

                rankList.Add(segment.Constraint is null ? Unconstrained : Constrained);
                valueList.Add(decoded);
            }

            position++;
        }

        if (position != segments.Count)
        {
            return false;
        }

        if (!ended)
        {
            rankList.Add(End);
        }

        ranks = rankList.ToArray();
        values = valueList.ToArray();
        return true;
    }

    private static int CompareRanks(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i] - b[i];
            }
        }

        return a.Length - b.Length;
    }
}
