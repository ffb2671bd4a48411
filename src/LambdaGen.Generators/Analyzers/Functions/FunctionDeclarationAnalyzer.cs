using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Diagnostics;
using LambdaGen.Generators.Functions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Functions;

/// <summary>
/// Tells the user why a [LambdaFunction] method was not generated (LG0001..LG0011). The rules themselves live in
/// <see cref="FunctionSignature"/>, which the generator uses to skip the same methods.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FunctionDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnsupportedParameter, Descriptors.SecondEventParameter, Descriptors.UnsupportedReturn,
        Descriptors.InaccessibleFunction, Descriptors.GenericFunction, Descriptors.DuplicateFunctionName, Descriptors.FunctionsInLibrary,
        Descriptors.InvalidFunctionName, Descriptors.UnconstructibleFunctionClass, Descriptors.InvalidStartup);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var functionAttribute = start.Compilation.GetTypeByMetadataName(WellKnownNames.LambdaFunctionAttribute);
            if (functionAttribute is null)
            {
                return;
            }

            var startupAttribute = start.Compilation.GetTypeByMetadataName(WellKnownNames.LambdaStartupAttribute);
            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            options.TryGetValue("build_property.OutputType", out var outputType);
            options.TryGetValue("build_property.LambdaGenGenerateMain", out var generateMain);
            // Only judge the project kind when MSBuild told us (the property is absent in some IDE hosts and tests).
            var warnLibrary = outputType is { Length: > 0 }
                && !string.Equals(outputType, "Exe", System.StringComparison.OrdinalIgnoreCase)
                && !string.Equals(generateMain, "false", System.StringComparison.OrdinalIgnoreCase);
            var names = new ConcurrentDictionary<string, ConcurrentBag<Location>>(System.StringComparer.Ordinal);

            start.RegisterSymbolAction(symbolContext => AnalyzeMethod(symbolContext, functionAttribute, warnLibrary, names), SymbolKind.Method);
            if (startupAttribute is not null)
            {
                start.RegisterSymbolAction(symbolContext => AnalyzeStartup(symbolContext, startupAttribute), SymbolKind.NamedType);
            }

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var pair in names)
                {
                    var locations = pair.Value.OrderBy(static l => l.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(static l => l.SourceSpan.Start).ToList();
                    if (locations.Count < 2)
                    {
                        continue;
                    }

                    foreach (var location in locations)
                    {
                        var others = locations.Where(l => l != location).ToList();
                        var where = string.Join(", ", others.Select(static l => l.GetLineSpan()).Select(static s => $"{System.IO.Path.GetFileName(s.Path)}({s.StartLinePosition.Line + 1})"));
                        end.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateFunctionName, location, others, pair.Key, where));
                    }
                }
            });
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol functionAttribute, bool warnLibrary, ConcurrentDictionary<string, ConcurrentBag<Location>> names)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, functionAttribute));
        if (attribute is null || method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not MethodDeclarationSyntax syntax)
        {
            return;
        }

        var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;
        var nameArgument = attributeSyntax?.ArgumentList?.Arguments.FirstOrDefault(static a => a.NameEquals?.Name.Identifier.ValueText == "Name");
        var name = FunctionParser.FunctionName(method, attribute);
        var nameLocation = nameArgument?.Expression.GetLocation() ?? syntax.Identifier.GetLocation();
        if (!FunctionParser.IsValidName(name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidFunctionName, nameLocation, name));
        }

        names.GetOrAdd(name, static _ => new ConcurrentBag<Location>()).Add(nameLocation);

        if (warnLibrary)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.FunctionsInLibrary, attributeSyntax?.GetLocation() ?? syntax.Identifier.GetLocation(), name));
        }

        // HTTP route methods follow the binding rules of the route analyzer.
        if (FunctionParser.HasRouteAttribute(method))
        {
            return;
        }

        foreach (var problem in FunctionSignature.Classify(method).Problems)
        {
            context.ReportDiagnostic(problem.Kind switch
            {
                SignatureProblemKind.UnsupportedParameter => Diagnostic.Create(Descriptors.UnsupportedParameter, ParameterLocation(problem.Symbol, syntax), problem.Detail),
                SignatureProblemKind.SecondEventParameter => Diagnostic.Create(Descriptors.SecondEventParameter, ParameterLocation(problem.Symbol, syntax), problem.Detail),
                SignatureProblemKind.UnsupportedReturn => Diagnostic.Create(Descriptors.UnsupportedReturn, syntax.ReturnType.GetLocation(), problem.Detail),
                SignatureProblemKind.Inaccessible => Diagnostic.Create(Descriptors.InaccessibleFunction, TypeOrMethodLocation(problem.Symbol, syntax, context), problem.Detail),
                SignatureProblemKind.Generic => Diagnostic.Create(Descriptors.GenericFunction, GenericLocation(problem.Symbol, syntax, context), problem.Detail),
                _ => Diagnostic.Create(Descriptors.UnconstructibleFunctionClass, syntax.Identifier.GetLocation(), method.Name, problem.Detail),
            });
        }
    }

    private static void AnalyzeStartup(SymbolAnalysisContext context, INamedTypeSymbol startupAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, startupAttribute)))
        {
            return;
        }

        var valid = false;
        foreach (var member in type.GetMembers("ConfigureServices"))
        {
            if (member is IMethodSymbol { Parameters.Length: 1, DeclaredAccessibility: Accessibility.Public or Accessibility.Internal } method
                && SymbolNames.Is(method.Parameters[0].Type, "Microsoft.Extensions.DependencyInjection", "IServiceCollection"))
            {
                valid = method.IsStatic || (!type.IsAbstract && !type.IsStatic && type.InstanceConstructors.Any(static c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal));
            }
        }

        if (!valid && type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is BaseTypeDeclarationSyntax declaration)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidStartup, declaration.Identifier.GetLocation(), type.Name));
        }
    }

    internal static Location ParameterLocation(ISymbol symbol, MethodDeclarationSyntax method)
        => method.ParameterList.Parameters.FirstOrDefault(p => p.Identifier.ValueText == symbol.Name)?.GetLocation() ?? method.ParameterList.GetLocation();

    internal static Location TypeOrMethodLocation(ISymbol symbol, MethodDeclarationSyntax method, SymbolAnalysisContext context)
    {
        if (symbol is INamedTypeSymbol && symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is BaseTypeDeclarationSyntax type)
        {
            return type.Identifier.GetLocation();
        }

        foreach (var modifier in method.Modifiers)
        {
            if (modifier.IsKind(SyntaxKind.PrivateKeyword) || modifier.IsKind(SyntaxKind.ProtectedKeyword))
            {
                return modifier.GetLocation();
            }
        }

        return method.Identifier.GetLocation();
    }

    internal static Location GenericLocation(ISymbol symbol, MethodDeclarationSyntax method, SymbolAnalysisContext context)
    {
        if (symbol is INamedTypeSymbol && symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax { TypeParameterList: { } typeParameters })
        {
            return typeParameters.GetLocation();
        }

        return method.TypeParameterList?.GetLocation() ?? method.Identifier.GetLocation();
    }
}
