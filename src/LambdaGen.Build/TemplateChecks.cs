using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace LambdaGen.Build;

/// <summary>Checks the schema cannot make: references resolve inside the template, and API Gateway's timeout limit.</summary>
internal static class TemplateChecks
{
    public static IEnumerable<ManifestWarning> Run(JsonObject template, RenderedTemplate rendered)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in new[] { "Resources", "Parameters" })
        {
            if (template[section] is JsonObject obj)
            {
                known.UnionWith(obj.Select(static p => p.Key));
            }
        }

        // One warning per missing name, listing every place that uses it, in the order they were rendered.
        foreach (var group in rendered.References.Seen.Where(r => !known.Contains(r.Name)).GroupBy(static r => r.Name, StringComparer.Ordinal))
        {
            var places = string.Join("; ", group.Select(static r => r.Where).Distinct(StringComparer.Ordinal));
            yield return new ManifestWarning(ManifestWarnings.UnknownReference,
                $"'@{group.Key}' names no resource or parameter of the template (used by {places}). Declare '{group.Key}' in the template (LambdaGen keeps what you add) or fix the name.");
        }

        foreach (var resource in rendered.Resources)
        {
            if (resource.BehindApiGateway && resource.EffectiveTimeout > SamTemplateRenderer.ApiGatewayTimeoutLimit)
            {
                yield return new ManifestWarning(ManifestWarnings.HttpTimeoutTooLong,
                    $"'{resource.LogicalId}' serves HTTP routes with a timeout of {resource.EffectiveTimeout} s, but API Gateway stops waiting after {SamTemplateRenderer.ApiGatewayTimeoutLimit} s. Set a timeout of at most {SamTemplateRenderer.ApiGatewayTimeoutLimit} (HttpApiTimeout on [LambdaApplication], or Timeout on [LambdaFunction]).");
            }
        }
    }
}
