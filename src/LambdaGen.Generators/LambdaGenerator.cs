using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Generators.Application;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Generators;

/// <summary>
/// The pipeline: [LambdaFunction] methods and [LambdaStartup] classes enter through ForAttributeWithMetadataName,
/// become equatable models, and leave as entry points plus one descriptor/Main file. Parsing lives in the
/// *Parser classes and text in the *Emitter classes; this file only wires the steps.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LambdaGenerator : IIncrementalGenerator
{
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

        var buildOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ApplicationParser.ParseBuildOptions(provider))
            .WithTrackingName(TrackingNames.BuildOptions);

        context.RegisterSourceOutput(functionList, static (output, list) =>
        {
            foreach (var function in list)
            {
                var factory = FunctionEmitter.FactoryName(function.Name);
                output.AddSource($"Functions/{factory}.g.cs", FunctionEmitter.Emit(function, factory));
            }
        });

        var program = functionList
            .Combine(startups)
            .Combine(buildOptions)
            .WithTrackingName(TrackingNames.Program);

        context.RegisterSourceOutput(program, static (output, input) =>
        {
            var ((list, startupList), options) = input;
            if (list.IsEmpty)
            {
                return;
            }

            var entries = new List<ProgramEmitter.Entry>(list.Count);
            var serviceTypes = new SortedSet<string>(StringComparer.Ordinal);
            var needsServices = !startupList.IsEmpty;
            foreach (var function in list)
            {
                entries.Add(new ProgramEmitter.Entry(function.Name, FunctionEmitter.FactoryName(function.Name)));
                needsServices |= function.NeedsServices;
                if (function.ConstructFromServices)
                {
                    serviceTypes.Add(function.ContainingType.FullyQualifiedName);
                }
            }

            var services = serviceTypes.Select(static t => new TypeRef(t, t)).ToEquatableArray();
            output.AddSource("LambdaGenFunctions.g.cs", ProgramEmitter.Emit(entries, startupList, services, needsServices, options));
        });
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
