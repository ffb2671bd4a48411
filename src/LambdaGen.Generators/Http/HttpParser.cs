using System.Linq;
using System.Text;
using System.Threading;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Http;

/// <summary>Symbols -> <see cref="HttpEndpointModel"/>; null for anything the route analyzer reports.</summary>
internal static class HttpParser
{
    public static HttpEndpointModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var http = HttpSignature.Classify(method);
        if (!http.Problems.IsEmpty || http.Routes.IsEmpty)
        {
            return null;
        }

        // Accessibility, genericity and constructibility follow the same rules as any function.
        var function = FunctionSignature.Classify(method);
        foreach (var problem in function.Problems)
        {
            if (problem.Kind is not (SignatureProblemKind.UnsupportedParameter or SignatureProblemKind.SecondEventParameter or SignatureProblemKind.UnsupportedReturn))
            {
                return null;
            }
        }

        string? functionName = null;
        FunctionSettings? settings = null;
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, WellKnownNames.Namespace, "LambdaFunctionAttribute"))
            {
                functionName = FunctionParser.FunctionName(method, attribute);
                settings = FunctionParser.ReadSettings(attribute);
                if (!FunctionParser.IsValidName(functionName))
                {
                    return null;
                }
            }
        }

        return new HttpEndpointModel(
            SortKey(method),
            TypeRef.From(method.ContainingType),
            method.Name,
            method.IsStatic,
            function.ConstructFromServices,
            http.Routes.ToEquatableArray(),
            http.Parameters.ToEquatableArray(),
            http.ResultKind,
            method.ReturnsVoid,
            http.JsonResultType is null ? null : TypeRef.From(http.JsonResultType),
            functionName,
            settings,
            JsonRoots(http, context.SemanticModel.Compilation, cancellationToken));
    }

    /// <summary>The JSON metadata this handler needs: its body and its JSON result.</summary>
    private static Json.JsonGraph JsonRoots(HttpSignature.Result http, Compilation compilation, CancellationToken cancellationToken)
    {
        var roots = new System.Collections.Generic.List<ITypeSymbol>(2);
        if (http.BodyType is { } body)
        {
            roots.Add(body);
        }

        if (http.JsonResultType is { } result)
        {
            roots.Add(result);
        }

        return roots.Count == 0 ? Json.JsonGraph.Empty : Json.JsonTypeGraphBuilder.Build(roots, compilation, cancellationToken);
    }

    private static string SortKey(IMethodSymbol method)
    {
        var builder = new StringBuilder(TypeRef.From(method.ContainingType).FullyQualifiedName).Append('.').Append(method.Name).Append('(');
        builder.Append(string.Join(",", method.Parameters.Select(static p => p.Type.ToDisplayString(TypeRef.Format))));
        return builder.Append(')').ToString();
    }
}
