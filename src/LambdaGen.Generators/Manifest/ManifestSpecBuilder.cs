using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Generators.Application;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;

namespace LambdaGen.Generators.Manifest;

/// <summary>
/// Projects the pipeline's models onto the manifest model. The projection keeps only what the template needs, so
/// the manifest output is cached across edits that change bindings or bodies but not the deployment.
/// </summary>
internal static class ManifestSpecBuilder
{
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
