using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// Per-compilation state shared by every hygiene analyzer: the resolved symbols and the handler scope (whose
/// call-graph walk then runs at most once per compilation however many rules ask).
/// </summary>
internal sealed class HygieneContext
{
    private static readonly ConditionalWeakTable<Compilation, HygieneContext> Cache = new();

    private HygieneContext(HygieneSymbols symbols)
    {
        Symbols = symbols;
        Scope = new HandlerScope(symbols);
    }

    public HygieneSymbols Symbols { get; }

    public HandlerScope Scope { get; }

    /// <summary>Null when the compilation does not reference LambdaGen; analyzers then register nothing.</summary>
    public static HygieneContext? For(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(Common.WellKnownNames.LambdaFunctionAttribute) is null)
            return null;
        return Cache.GetValue(compilation, static c => new HygieneContext(HygieneSymbols.TryCreate(c)!));
    }
}
