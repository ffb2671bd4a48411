using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Common;

/// <summary>
/// Cheap type identity checks by namespace and name, without GetTypeByMetadataName lookups
/// (which would run once per function per keystroke in the generator's transforms).
/// </summary>
internal static class SymbolNames
{
    public static bool Is(ITypeSymbol? type, string @namespace, string name, int arity = 0)
        => type is INamedTypeSymbol named
           && named.Name == name
           && named.Arity == arity
           && named.ContainingType is null
           && IsNamespace(named.ContainingNamespace, @namespace);

    /// <summary>True when the type or one of its base types is <paramref name="namespace"/>.<paramref name="name"/>.</summary>
    public static bool InheritsFrom(ITypeSymbol? type, string @namespace, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, @namespace, name))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAttribute(ISymbol symbol, string @namespace, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute.AttributeClass, @namespace, name))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsNamespace(INamespaceSymbol? symbol, string dotted)
    {
        var end = dotted.Length;
        for (var current = symbol; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is null || current.ContainingNamespace.IsGlobalNamespace;
            }

            if (dotted[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return end == 0 && dotted.Length == 0;
    }
}
