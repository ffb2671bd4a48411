using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Json;

/// <summary>Which types of a function method cross the wire as JSON (the roots to pass to <see cref="JsonTypeGraphBuilder.Build"/>).</summary>
internal static class JsonWireTypes
{
    /// <summary>
    /// The unwrapped return type (<c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>, <c>HttpResult&lt;T&gt;</c>) and the body
    /// parameter (<c>[FromBody]</c>, else the one complex parameter that is not special), when they exist. The same
    /// rules as <see cref="JsonSerializabilityAnalyzer"/>.
    /// </summary>
    public static IReadOnlyList<ITypeSymbol> Of(IMethodSymbol method, Compilation compilation)
    {
        var symbols = JsonSerializabilityAnalyzer.WireSymbols.Create(compilation);
        var roots = new List<ITypeSymbol>(2);
        if (symbols is null)
        {
            return roots;
        }

        if (symbols.BodyParameter(method) is { } body)
        {
            roots.Add(body.Type);
        }

        if (symbols.WireReturnType(method.ReturnType) is { } returned)
        {
            roots.Add(returned);
        }

        return roots;
    }
}
