using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Diagnostics;
using LambdaGen.Generators.Functions;
using LambdaGen.Generators.Http;
using LambdaGen.Http.Routing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Functions;

/// <summary>
/// HTTP route methods: template syntax (pointing inside the string literal), binding (LG0101..LG0108), route
/// conflicts across the application, and the general function rules (access, generics) for methods that have no
/// [LambdaFunction] of their own. The rules live in <see cref="HttpSignature"/>, shared with the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RouteAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidRouteTemplate, Descriptors.RouteParameterWithoutArgument, Descriptors.FromRouteNotInTemplate, Descriptors.SecondBody,
        Descriptors.CannotBind, Descriptors.RouteConflict, Descriptors.UnsupportedHttpReturn, Descriptors.RouteTemplatesDisagree,
        Descriptors.InaccessibleFunction, Descriptors.GenericFunction, Descriptors.UnconstructibleFunctionClass);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.HttpRouteAttribute) is null)
            {
                return;
            }

            var routes = new ConcurrentBag<(string Group, string Method, string Shape, string Template, Location Location)>();
            start.RegisterSymbolAction(symbolContext => AnalyzeMethod(symbolContext, routes), SymbolKind.Method);
            start.RegisterCompilationEndAction(end => ReportConflicts(end, routes));
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, ConcurrentBag<(string, string, string, string, Location)> routes)
    {
        var method = (IMethodSymbol)context.Symbol;
        var routeAttributes = HttpSignature.RouteAttributes(method).ToList();
        if (routeAttributes.Count == 0 || method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not MethodDeclarationSyntax syntax)
        {
            return;
        }

        var group = HttpEndpointModel.HttpApiFunctionName;
        var hasOwnFunction = false;
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, WellKnownNames.Namespace, "LambdaFunctionAttribute"))
            {
                group = FunctionParser.FunctionName(method, attribute);
                hasOwnFunction = true;
            }
        }

        var result = HttpSignature.Classify(method);
        foreach (var problem in result.Problems)
        {
            context.ReportDiagnostic(problem.Kind switch
            {
                HttpProblemKind.InvalidTemplate => Diagnostic.Create(Descriptors.InvalidRouteTemplate, TemplateLocation(problem.Attribute, problem.Offset, problem.Length, context), problem.Detail),
                HttpProblemKind.RouteParameterWithoutArgument => Diagnostic.Create(Descriptors.RouteParameterWithoutArgument, RouteParameterLocation(routeAttributes, problem.Detail, context) ?? syntax.Identifier.GetLocation(), problem.Detail),
                HttpProblemKind.FromRouteNotInTemplate => Diagnostic.Create(Descriptors.FromRouteNotInTemplate, FunctionDeclarationAnalyzer.ParameterLocation(problem.Symbol!, syntax), problem.Detail),
                HttpProblemKind.SecondBody => Diagnostic.Create(Descriptors.SecondBody, FunctionDeclarationAnalyzer.ParameterLocation(problem.Symbol!, syntax), problem.Detail),
                HttpProblemKind.CannotBind => Diagnostic.Create(Descriptors.CannotBind, FunctionDeclarationAnalyzer.ParameterLocation(problem.Symbol!, syntax), problem.Detail),
                HttpProblemKind.UnsupportedReturn => Diagnostic.Create(Descriptors.UnsupportedHttpReturn, syntax.ReturnType.GetLocation(), problem.Detail),
                _ => Diagnostic.Create(Descriptors.RouteTemplatesDisagree, AttributeLocation(problem.Attribute, context) ?? syntax.Identifier.GetLocation(), problem.Detail),
            });
        }

        // Methods with their own [LambdaFunction] get these from the function analyzer.
        if (!hasOwnFunction)
        {
            foreach (var problem in FunctionSignature.Classify(method).Problems)
            {
                var diagnostic = problem.Kind switch
                {
                    SignatureProblemKind.Inaccessible => Diagnostic.Create(Descriptors.InaccessibleFunction, FunctionDeclarationAnalyzer.TypeOrMethodLocation(problem.Symbol, syntax, context), problem.Detail),
                    SignatureProblemKind.Generic => Diagnostic.Create(Descriptors.GenericFunction, FunctionDeclarationAnalyzer.GenericLocation(problem.Symbol, syntax, context), problem.Detail),
                    SignatureProblemKind.AbstractContainingType or SignatureProblemKind.NoUsableConstructor => Diagnostic.Create(Descriptors.UnconstructibleFunctionClass, syntax.Identifier.GetLocation(), method.Name, problem.Detail),
                    _ => null,
                };
                if (diagnostic is not null)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        foreach (var (attribute, verb, text) in routeAttributes)
        {
            if (RouteTemplate.TryParse(text, out var template, out _) && AttributeLocation(attribute, context) is { } location)
            {
                routes.Add((group, verb, template!.ShapeKey(), text, location));
            }
        }
    }

    private static void ReportConflicts(CompilationAnalysisContext context, ConcurrentBag<(string Group, string Method, string Shape, string Template, Location Location)> routes)
    {
        foreach (var same in routes.GroupBy(static r => (r.Group, r.Method, r.Shape)))
        {
            var list = same.OrderBy(static r => r.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(static r => r.Location.SourceSpan.Start).ToList();
            if (list.Count < 2)
            {
                continue;
            }

            foreach (var route in list)
            {
                var others = list.Where(r => r.Location != route.Location).ToList();
                var where = string.Join(", ", others.Select(static o => $"'{o.Method} {o.Template}' ({System.IO.Path.GetFileName(o.Location.GetLineSpan().Path)}:{o.Location.GetLineSpan().StartLinePosition.Line + 1})"));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.RouteConflict, route.Location, others.Select(static o => o.Location), $"{route.Method} {route.Template}", where, route.Group));
            }
        }
    }

    private static Location? AttributeLocation(AttributeData? attribute, SymbolAnalysisContext context)
        => attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax ? TemplateArgument(syntax)?.GetLocation() ?? syntax.GetLocation() : null;

    private static ExpressionSyntax? TemplateArgument(AttributeSyntax syntax)
        => syntax.ArgumentList?.Arguments.LastOrDefault(static a => a.NameEquals is null)?.Expression;

    /// <summary>Points at the offending characters when the template is a plain string literal without escapes.</summary>
    private static Location TemplateLocation(AttributeData? attribute, int offset, int length, SymbolAnalysisContext context)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax || TemplateArgument(syntax) is not { } argument)
        {
            return Location.None;
        }

        if (argument is LiteralExpressionSyntax literal && literal.Token.Text.StartsWith("\"", System.StringComparison.Ordinal) && literal.Token.Text.IndexOf('\\') < 0 && offset >= 0)
        {
            var start = literal.Token.SpanStart + 1 + offset;
            var end = System.Math.Min(start + System.Math.Max(length, 1), literal.Token.Span.End - 1);
            return Location.Create(literal.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, System.Math.Max(start, end)));
        }

        return argument.GetLocation();
    }

    private static Location? RouteParameterLocation(System.Collections.Generic.List<(AttributeData Attribute, string Method, string Template)> routes, string name, SymbolAnalysisContext context)
    {
        foreach (var (attribute, _, template) in routes)
        {
            var index = template.IndexOf("{" + name, System.StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                index = template.IndexOf("{*" + name, System.StringComparison.OrdinalIgnoreCase);
            }

            if (index >= 0)
            {
                var close = template.IndexOf('}', index);
                return TemplateLocation(attribute, index, close - index + 1, context);
            }
        }

        return null;
    }
}
