using System;
using System.Collections.Generic;
using System.Text;
using LambdaGen.Http.Routing;

namespace LambdaGen.Build;

/// <summary>
/// API Gateway paths for LambdaGen route templates, through the same <see cref="RouteTemplate"/> grammar the generator
/// and the runtime use (src/Shared/RouteTemplate.cs): <c>{id:int}</c> becomes <c>{id}</c>, <c>{*rest}</c> becomes
/// <c>{rest+}</c>, and an optional last parameter or a catch-all also yields the path without it (API Gateway has
/// no optional parameters, and a greedy parameter never matches an empty rest).
/// </summary>
internal static class RouteTemplates
{
    /// <summary>One API Gateway path and the SAM event name suffix that describes it (<c>/todos/{id}</c>: <c>TodosById</c>).</summary>
    internal readonly record struct GatewayPath(string Path, string EventSuffix);

    /// <summary>The gateway paths of <paramref name="template"/>; none for a template the generator would have rejected.</summary>
    public static IReadOnlyList<GatewayPath> ToGatewayPaths(string template)
    {
        // An invalid template is a compile error (LG01xx) long before this step runs; there is nothing to declare.
        if (!RouteTemplate.TryParse(template, out var parsed, out _))
        {
            return Array.Empty<GatewayPath>();
        }

        var paths = new List<GatewayPath>();
        foreach (var path in parsed!.GatewayPaths())
        {
            paths.Add(new GatewayPath(path, EventSuffix(path)));
        }

        return paths;
    }

    /// <summary><c>/</c> gives <c>Root</c>; literals are Pascal-cased, parameters read <c>By</c> + name (<c>/files/{path+}</c>: <c>FilesByPath</c>).</summary>
    private static string EventSuffix(string path)
    {
        var suffix = new StringBuilder();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            suffix.Append(segment.StartsWith('{')
                ? "By" + LogicalIds.Pascal(segment.Trim('{', '}', '+'), "P")
                : LogicalIds.Pascal(segment, "P"));
        }

        return suffix.Length == 0 ? "Root" : suffix.ToString();
    }
}
