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

        // A function left out because its id was taken is not in the template; its references do not count.
        var reported = new HashSet<(string, string)>();
        foreach (var (name, where) in rendered.References.Seen)
        {
            if (!known.Contains(name) && reported.Add((name, where)))
            {
                yield return new ManifestWarning(ManifestWarnings.UnknownReference,
                    $"{where} refers to '@{name}', but the template has no resource or parameter '{name}'. Declare it in the template (LambdaGen keeps what you add) or fix the name.");
            }
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
