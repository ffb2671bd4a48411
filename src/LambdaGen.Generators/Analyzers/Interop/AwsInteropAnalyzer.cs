using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Diagnostics;
using LambdaGen.Generators.Interop;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Interop;

/// <summary>
/// LG0020..LG0022: the build settings and attributes that connect LambdaGen to AWS's packages. The generator
/// falls back to LambdaGen's runtime and generated metadata when these are wrong; this analyzer says why.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AwsInteropAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.AwsRuntimeNotReferenced, Descriptors.UnknownRuntime, Descriptors.InvalidLambdaSerializer);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.LambdaFunctionAttribute) is null)
            {
                return;
            }

            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var runtime = AwsInterop.ParseRuntime(options);
            var hasRuntimeSupport = start.Compilation.GetTypeByMetadataName(AwsInterop.LambdaBootstrapBuilder) is not null;
            start.RegisterCompilationEndAction(end =>
            {
                if (runtime == LambdaRuntimeKind.Unknown)
                {
                    options.TryGetValue(AwsInterop.RuntimeProperty, out var value);
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownRuntime, Location.None, value));
                }
                else if (runtime == LambdaRuntimeKind.Aws && !hasRuntimeSupport)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.AwsRuntimeNotReferenced, Location.None));
                }
            });

            var serializerInterface = start.Compilation.GetTypeByMetadataName("Amazon.Lambda.Core.ILambdaSerializer");
            if (serializerInterface is null)
            {
                return;
            }

            foreach (var attribute in start.Compilation.Assembly.GetAttributes())
            {
                // Assembly attributes are reported once, from the tree that declares them.
                if (attribute.ApplicationSyntaxReference is { } reference)
                {
                    var tree = reference.SyntaxTree;
                    start.RegisterSyntaxTreeAction(treeContext =>
                    {
                        if (treeContext.Tree == tree)
                        {
                            Check(attribute, serializerInterface, treeContext.ReportDiagnostic);
                        }
                    });
                }
            }

            start.RegisterSymbolAction(symbolContext =>
            {
                foreach (var attribute in symbolContext.Symbol.GetAttributes())
                {
                    Check(attribute, serializerInterface, symbolContext.ReportDiagnostic);
                }
            }, SymbolKind.Method);
        });
    }

    private static void Check(AttributeData attribute, INamedTypeSymbol serializerInterface, System.Action<Diagnostic> report)
    {
        if (!SymbolNames.Is(attribute.AttributeClass, AwsInterop.CoreNamespace, AwsInterop.LambdaSerializerAttribute)
            || attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol type)
        {
            return;
        }

        string? problem = null;
        if (type.IsAbstract || type.TypeKind != TypeKind.Class)
        {
            problem = "is not a concrete class";
        }
        else if (!type.AllInterfaces.Contains(serializerInterface, SymbolEqualityComparer.Default))
        {
            problem = "does not implement Amazon.Lambda.Core.ILambdaSerializer";
        }
        else if (!HasPublicParameterlessConstructor(type))
        {
            problem = "has no public parameterless constructor";
        }

        if (problem is null)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
        report(Diagnostic.Create(Descriptors.InvalidLambdaSerializer, location, type.Name, problem));
    }

    private static bool HasPublicParameterlessConstructor(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0 && constructor.DeclaredAccessibility == Accessibility.Public)
            {
                return true;
            }
        }

        return false;
    }
}
