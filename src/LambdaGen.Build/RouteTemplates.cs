using System;
using System.Collections.Generic;
using System.Text;

namespace LambdaGen.Build;

/// <summary>
/// Converts LambdaGen route templates to API Gateway HTTP API paths. Constraints and defaults are dropped
/// (<c>{id:int}</c> becomes <c>{id}</c>); a catch-all (<c>{*rest}</c>, <c>{**rest}</c>) becomes a greedy
/// <c>{rest+}</c>. API Gateway has no optional parameters, so an optional trailing parameter (<c>{name?}</c>,
/// <c>{name=default}</c>) or a catch-all, which also matches nothing, yields two paths: without and with it.
/// </summary>
internal static class RouteTemplates
{
    /// <summary>One API Gateway path and the SAM event name suffix that describes it (<c>/todos/{id}</c>: <c>TodosById</c>).</summary>
    internal readonly record struct GatewayPath(string Path, string EventSuffix);

    public static IReadOnlyList<GatewayPath> ToGatewayPaths(string template)
    {
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var required = new List<(string Segment, string Name)>();
        var paths = new List<GatewayPath>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                var (name, optional, catchAll) = Parameter(segment.Substring(1, segment.Length - 2));
                var pascal = LogicalIds.Pascal(name, "P");
                if (optional || catchAll)
                {
                    // The path without this parameter matches too; whatever follows an optional parameter cannot be
                    // present without it, so the remaining segments are only kept in the "with" path.
                    paths.Add(Build(required));
                }

                required.Add((catchAll ? "{" + name + "+}" : "{" + name + "}", "By" + pascal));
                if (catchAll)
                {
                    break;
                }
            }
            else
            {
                required.Add((segment, LogicalIds.Pascal(segment, "P")));
            }
        }

        paths.Add(Build(required));
        return paths;
    }

    private static (string Name, bool Optional, bool CatchAll) Parameter(string body)
    {
        var catchAll = body.StartsWith('*');
        body = body.TrimStart('*');
        var optional = false;
        var cut = body.IndexOfAny(new[] { ':', '=', '?' });
        if (cut >= 0)
        {
            optional = body[cut] == '=' || body.EndsWith('?');
            body = body.Substring(0, cut);
        }

        return (body, optional, catchAll);
    }

    private static GatewayPath Build(List<(string Segment, string Name)> segments)
    {
        if (segments.Count == 0)
        {
            return new GatewayPath("/", "Root");
        }

        var path = new StringBuilder();
        var suffix = new StringBuilder();
        foreach (var (segment, name) in segments)
        {
            path.Append('/').Append(segment);
            suffix.Append(name);
        }

        return new GatewayPath(path.ToString(), suffix.ToString());
    }
}
