using System;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Common;

/// <summary>A type in a model: its fully qualified name (with <c>global::</c>) is its identity.</summary>
internal sealed record TypeRef(string FullyQualifiedName, string Name)
{
    public static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static TypeRef From(ITypeSymbol type) => new(type.ToDisplayString(Format), type.Name);

    public override string ToString() => FullyQualifiedName;
}
