using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Generators.Application;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using LambdaGen.Generators.Http;
using LambdaGen.Generators.Interop;
using LambdaGen.Generators.Json;
using LambdaGen.Generators.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Generators;

/// <summary>
/// The pipeline: [LambdaFunction] methods, HTTP route methods and [LambdaStartup] classes enter through
/// ForAttributeWithMetadataName and become equatable models; they leave as one file of entry points, one route
/// table per HTTP function, one JSON metadata file, the manifest, and one descriptor/Main file. Parsing lives in the *Parser classes and text in
/// the *Emitter classes; this file only wires the steps.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LambdaGenerator : IIncrementalGenerator
{
    private static readonly string[] RouteAttributes =
    {
        WellKnownNames.HttpRouteAttribute, WellKnownNames.HttpGetAttribute, WellKnownNames.HttpPostAttribute, WellKnownNames.HttpPutAttribute,
        WellKnownNames.HttpPatchAttribute, WellKnownNames.HttpDeleteAttribute, WellKnownNames.HttpHeadAttribute, WellKnownNames.HttpOptionsAttribute,
    };

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var functions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.LambdaFunctionAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntax, cancellationToken) => FunctionParser.Parse(syntax, cancellationToken))
            .Where(static function => function is not null)
            .Select(static (function, _) => function!)
            .WithTrackingName(TrackingNames.Functions);

        var functionList = functions
            .Collect()
            .Select(static (all, _) => Distinct(all))
            .WithTrackingName(TrackingNames.FunctionList);

        var endpoints = CollectEndpoints(context);

        var startups = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.LambdaStartupAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => ApplicationParser.ParseStartup(syntax, cancellationToken))
            .Where(static startup => startup is not null)
            .Select(static (startup, _) => startup!)
            .Collect()
            .Select(static (all, _) => all.OrderBy(static s => s.Type.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Startups);

        var application = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ApplicationParser.ParseApplication(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.Application);

        var jsonOptions = context.CompilationProvider
            .Select(static (compilation, _) => JsonOptionsReader.Read(compilation))
            .WithTrackingName(TrackingNames.JsonOptions);

        var buildOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ApplicationParser.ParseBuildOptions(provider))
            .WithTrackingName(TrackingNames.BuildOptions);

        var awsTypes = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => AwsInterop.ParseTypes(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.AwsTypes);

        var hostOnAws = awsTypes
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => AwsInterop.ParseRuntime(provider.GlobalOptions)))
            .Select(static (pair, _) => pair.Left.HasRuntimeSupport && pair.Right == LambdaRuntimeKind.Aws)
            .WithTrackingName(TrackingNames.AwsHost);

        context.RegisterSourceOutput(awsTypes, static (output, types) =>
        {
            if (types.HasCore)
            {
                output.AddSource("Interop/AwsLambdaContext.g.cs", AwsInterop.EmitAdapters(types));
            }
        });

        context.RegisterSourceOutput(functionList, static (output, list) =>
        {
            if (!list.IsEmpty)
            {
                output.AddSource(FunctionEmitter.HintName, FunctionEmitter.Emit(list));
            }
        });

        var routeTables = endpoints
            .Combine(application.Select(static (app, _) => app.CorsOrigins))
            .WithTrackingName(TrackingNames.RouteTable);

        context.RegisterSourceOutput(routeTables, static (output, input) =>
        {
            var (list, cors) = input;
            foreach (var group in Groups(list))
            {
                var factory = FunctionEmitter.FactoryName(group.Key);
                output.AddSource($"Http/{factory}.g.cs", HttpEmitter.Emit(group.Key, factory, group.Value, cors));
            }
        });

        var json = functionList
            .Combine(endpoints)
            .Combine(jsonOptions)
            .Select(static (input, _) =>
            {
                var ((list, httpEndpoints), options) = input;
                var usesJson = list.Any(static f => f.ResultType is not null || f.Parameters.Any(static p => p.Source == ParameterSource.Event))
                    || httpEndpoints.Any(static e => e.JsonResultType is not null || e.Parameters.Any(static p => p.Binding == HttpBinding.Body));
                if (!usesJson)
                {
                    return null;
                }

                return JsonMetadataEmitter.Merge(list.Select(static f => f.Json).Concat(httpEndpoints.Select(static e => e.Json)), options);
            })
            .WithTrackingName(TrackingNames.Json);

        context.RegisterSourceOutput(json, static (output, spec) =>
        {
            if (spec is not null)
            {
                output.AddSource(JsonMetadataEmitter.HintName, JsonMetadataEmitter.Emit(spec));
            }
        });

        var manifest = application
            .Combine(functionList)
            .Combine(endpoints)
            .Select(static (input, _) => ManifestSpecBuilder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Manifest);

        context.RegisterSourceOutput(manifest, static (output, spec) =>
        {
            if (spec is not null)
            {
                output.AddSource(ManifestEmitter.HintName, ManifestEmitter.Emit(spec));
            }
        });

        var program = functionList
            .Combine(endpoints)
            .Combine(startups)
            .Combine(buildOptions)
            .Combine(hostOnAws)
            .WithTrackingName(TrackingNames.Program);

        context.RegisterSourceOutput(program, static (output, input) =>
        {
            var ((((list, httpEndpoints), startupList), options), onAws) = input;
            var entries = new SortedDictionary<string, ProgramEmitter.Entry>(StringComparer.Ordinal);
            var serviceTypes = new SortedSet<string>(StringComparer.Ordinal);
            var needsServices = !startupList.IsEmpty;
            foreach (var function in list)
            {
                entries[function.Name] = new ProgramEmitter.Entry(function.Name, FunctionEmitter.FactoryName(function.Name));
                needsServices |= function.NeedsServices;
                if (function.ConstructFromServices)
                {
                    serviceTypes.Add(function.ContainingType.FullyQualifiedName);
                }
            }

            foreach (var group in Groups(httpEndpoints))
            {
                if (!entries.ContainsKey(group.Key))
                {
                    entries[group.Key] = new ProgramEmitter.Entry(group.Key, FunctionEmitter.FactoryName(group.Key));
                }

                foreach (var endpoint in group.Value)
                {
                    needsServices |= endpoint.ConstructFromServices || endpoint.Parameters.Any(static p => p.Binding == HttpBinding.Service);
                    if (endpoint.ConstructFromServices)
                    {
                        serviceTypes.Add(endpoint.ContainingType.FullyQualifiedName);
                    }
                }
            }

            if (entries.Count == 0)
            {
                return;
            }

            output.AddSource("LambdaGenFunctions.g.cs", ProgramEmitter.Emit(entries.Values.ToList(), startupList, serviceTypes.ToList(), needsServices, options, onAws));
        });
    }

    /// <summary>Every HTTP handler once, in ordinal order (a method with several route attributes is found once per attribute class).</summary>
    private static IncrementalValueProvider<EquatableArray<HttpEndpointModel>> CollectEndpoints(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<HttpEndpointModel>>? all = null;
        foreach (var attribute in RouteAttributes)
        {
            var one = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (syntax, cancellationToken) => HttpParser.Parse(syntax, cancellationToken))
                .Where(static endpoint => endpoint is not null)
                .Select(static (endpoint, _) => endpoint!)
                .WithTrackingName(TrackingNames.Routes)
                .Collect();
            all = all is null ? one : all.Value.Combine(one).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }

        return all!.Value.Select(static (list, _) =>
        {
            var unique = new SortedDictionary<string, HttpEndpointModel>(StringComparer.Ordinal);
            foreach (var endpoint in list)
            {
                unique[endpoint.SortKey] = endpoint;
            }

            return unique.Values.ToEquatableArray();
        });
    }

    /// <summary>Endpoints by function: the shared HTTP API function, or the endpoint's own [LambdaFunction].</summary>
    private static SortedDictionary<string, List<HttpEndpointModel>> Groups(EquatableArray<HttpEndpointModel> endpoints)
    {
        var groups = new SortedDictionary<string, List<HttpEndpointModel>>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (!groups.TryGetValue(endpoint.Group, out var group))
            {
                groups[endpoint.Group] = group = new List<HttpEndpointModel>();
            }

            group.Add(endpoint);
        }

        return groups;
    }

    /// <summary>One model per function name, ordinal order; duplicates are LG0007 errors reported by the analyzer.</summary>
    private static EquatableArray<FunctionModel> Distinct(ImmutableArray<FunctionModel> all)
    {
        var byName = new SortedDictionary<string, FunctionModel>(StringComparer.Ordinal);
        var factories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in all.OrderBy(static f => f.ContainingType.FullyQualifiedName, StringComparer.Ordinal).ThenBy(static f => f.MethodName, StringComparer.Ordinal))
        {
            if (!byName.ContainsKey(function.Name) && factories.Add(FunctionEmitter.FactoryName(function.Name)))
            {
                byName.Add(function.Name, function);
            }
        }

        return byName.Values.ToEquatableArray();
    }
}
