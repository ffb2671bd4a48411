using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Generators.Application;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using LambdaGen.Generators.Http;

namespace LambdaGen.Generators.Manifest;

/// <summary>
/// Projects the pipeline's models onto the manifest model. The projection keeps only what the template needs, so
/// the manifest output is cached across edits that change bindings or bodies but not the deployment.
/// </summary>
internal static class ManifestSpecBuilder
{
    private static readonly string[] PartialBatchResponses = { "global::LambdaGen.Events.SqsBatchResponse", "global::LambdaGen.Events.StreamsEventResponse" };

    /// <summary>
    /// The manifest of the whole application from what the pipeline collected: the [LambdaFunction] methods and the
    /// HTTP endpoints (those without their own [LambdaFunction] join the shared HTTP API function). Null when the
    /// application has no function at all, so that nothing is emitted.
    /// </summary>
    public static ManifestSpec? Build(ApplicationModel application, EquatableArray<FunctionModel> functions, EquatableArray<HttpEndpointModel> endpoints)
    {
        var httpApiRoutes = new List<RouteManifestSpec>();
        var routeFunctions = new SortedDictionary<string, (FunctionSettings? Settings, List<RouteManifestSpec> Routes)>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var routes = endpoint.Routes.Select(static r => new RouteManifestSpec(r.Method, r.Template));
            if (endpoint.FunctionName is not { } name)
            {
                httpApiRoutes.AddRange(routes);
                continue;
            }

            if (!routeFunctions.TryGetValue(name, out var group))
            {
                routeFunctions[name] = group = (endpoint.Settings, new List<RouteManifestSpec>());
            }

            group.Routes.AddRange(routes);
        }

        var specs = new SortedDictionary<string, FunctionManifestSpec>(StringComparer.Ordinal);
        foreach (var function in functions)
        {
            specs[function.Name] = Function(function, Enumerable.Empty<RouteManifestSpec>(), ReportsBatchItemFailures(function));
        }

        foreach (var pair in routeFunctions)
        {
            // A name taken twice is a duplicate-function error the analyzer reports; the first one stays.
            if (!specs.ContainsKey(pair.Key))
            {
                specs[pair.Key] = HttpFunction(pair.Key, pair.Value.Settings, pair.Value.Routes);
            }
        }

        return specs.Count == 0 && httpApiRoutes.Count == 0 ? null : Build(application, httpApiRoutes, specs.Values);
    }

    /// <summary>
    /// True when the function answers with batch item failures: every SQS, Kinesis and DynamoDB Streams entry point does
    /// (the runtime helpers report unreadable or failed records), as does a method returning a partial batch response.
    /// Without <c>ReportBatchItemFailures</c> on the mapping, Lambda would treat a reported failure as success.
    /// </summary>
    public static bool ReportsBatchItemFailures(FunctionModel function)
        => function.Triggers.Any(static t => t.Kind is "Sqs" or "DynamoDbStream" or "Kinesis")
           || (function.ResultType is { } result && Array.IndexOf(PartialBatchResponses, result.FullyQualifiedName.TrimEnd('?')) >= 0);

    /// <summary>A route method with its own [LambdaFunction]: its settings and its routes, no triggers.</summary>
    public static FunctionManifestSpec HttpFunction(string name, FunctionSettings? settings, IEnumerable<RouteManifestSpec> routes)
        => new(
            name,
            settings?.Description,
            settings?.MemorySize ?? 0,
            settings?.Timeout ?? 0,
            settings?.Architecture,
            settings?.Role,
            settings?.Policies,
            settings?.Environment,
            settings?.ReservedConcurrency ?? 0,
            Sorted(routes),
            EquatableArray<TriggerModel>.Empty,
            null,
            false);

    /// <summary>
    /// The application's manifest. Functions are ordered by name and routes by template then method (ordinal), so
    /// the emitted constant does not depend on declaration order.
    /// </summary>
    public static ManifestSpec Build(ApplicationModel application, IEnumerable<RouteManifestSpec> httpApiRoutes, IEnumerable<FunctionManifestSpec> functions)
        => new(
            application.Name,
            application.DefaultMemorySize,
            application.DefaultTimeout,
            application.DefaultArchitecture,
            application.HttpApiTimeout,
            application.HttpApiMemorySize,
            application.CorsOrigins,
            Sorted(httpApiRoutes),
            functions.OrderBy(static f => f.Name, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>
    /// One function. <paramref name="routes"/> are the routes of a route method that has its own [LambdaFunction]
    /// (empty otherwise); <paramref name="reportBatchItemFailures"/> is true when the handler returns a partial batch
    /// response, so that SQS, Kinesis and DynamoDB stream events declare <c>ReportBatchItemFailures</c>.
    /// </summary>
    public static FunctionManifestSpec Function(FunctionModel function, IEnumerable<RouteManifestSpec> routes, bool reportBatchItemFailures)
    {
        var settings = function.Settings;
        return new FunctionManifestSpec(
            function.Name,
            settings.Description,
            settings.MemorySize,
            settings.Timeout,
            settings.Architecture,
            settings.Role,
            settings.Policies,
            settings.Environment,
            settings.ReservedConcurrency,
            Sorted(routes),
            function.Triggers,
            function.FunctionUrl is { } url ? new FunctionUrlManifestSpec(url.Get("AuthType") is { Length: > 0 } auth ? auth : "NONE", url.Get("Cors")) : null,
            reportBatchItemFailures);
    }

    private static EquatableArray<RouteManifestSpec> Sorted(IEnumerable<RouteManifestSpec> routes)
        => routes
            .Distinct()
            .OrderBy(static r => r.Template, StringComparer.Ordinal)
            .ThenBy(static r => r.Method, StringComparer.Ordinal)
            .ToEquatableArray();
}
