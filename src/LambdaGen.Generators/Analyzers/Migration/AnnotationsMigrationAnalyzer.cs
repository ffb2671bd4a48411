using System.Collections.Immutable;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Migration;

/// <summary>
/// LG0030/LG0031: Amazon.Lambda.Annotations attributes in a project that uses LambdaGen. LambdaGen's generator does
/// not read them, so each one is reported on the attribute, with what it becomes (the code fix rewrites it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnnotationsMigrationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.AnnotationsAttribute, Descriptors.AnnotationsWithoutEquivalent);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.LambdaFunctionAttribute) is null
                || start.Compilation.GetTypeByMetadataName(AnnotationsMap.RootNamespace + "." + AnnotationsMap.LambdaFunction) is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(Analyze, SyntaxKind.Attribute);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: var type }
            || AnnotationsMap.Find(type) is not { } mapping)
        {
            return;
        }

        var shortName = type.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - 9) : type.Name;
        if (mapping.Kind == MigrationKind.None)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AnnotationsWithoutEquivalent, attribute.GetLocation(), shortName, mapping.Target));
            return;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[AnnotationsMap.KindProperty] = mapping.Kind.ToString();
        var target = mapping.Target;
        if (mapping.Kind == MigrationKind.Route)
        {
            target = RouteTarget(context, attribute) ?? target;
            if (HasAnnotationsLambdaFunction(attribute, context))
            {
                properties[AnnotationsMap.MergeProperty] = "true";
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AnnotationsAttribute, attribute.GetLocation(), properties.ToImmutable(), shortName, target));
    }

    private static string? RouteTarget(SyntaxNodeAnalysisContext context, AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is not { Arguments.Count: >= 1 } arguments
            || context.SemanticModel.GetSymbolInfo(arguments.Arguments[0].Expression, context.CancellationToken).Symbol is not IFieldSymbol field)
        {
            return null;
        }

        return AnnotationsMap.RouteAttribute(field.Name);
    }

    /// <summary>Whether the route's method is also its own function ([LambdaFunction] from Annotations), i.e. a merge is possible.</summary>
    private static bool HasAnnotationsLambdaFunction(AttributeSyntax attribute, SyntaxNodeAnalysisContext context)
    {
        if (attribute.Parent?.Parent is not MethodDeclarationSyntax method)
        {
            return false;
        }

        foreach (var list in method.AttributeLists)
        {
            foreach (var other in list.Attributes)
            {
                if (context.SemanticModel.GetSymbolInfo(other, context.CancellationToken).Symbol is IMethodSymbol { ContainingType: var type }
                    && type.Name == AnnotationsMap.LambdaFunction
                    && AnnotationsMap.IsAnnotationsNamespace(type.ContainingNamespace))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
