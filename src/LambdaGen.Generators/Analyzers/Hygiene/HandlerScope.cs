using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// Answers "does this code run per invocation?": a function body, or a method in this project that a
/// function calls directly or through up to <see cref="MaxDepth"/> levels of calls. The call graph is walked
/// forward from the functions only, once per compilation, and only when a rule first asks about code that
/// is not itself a function (most sites are decided by <see cref="HygieneSymbols.IsFunction"/> alone).
/// </summary>
internal sealed class HandlerScope
{
    public const int MaxDepth = 3;

    private readonly HygieneSymbols _symbols;
    private readonly Lazy<ImmutableHashSet<IMethodSymbol>> _callees;

    public HandlerScope(HygieneSymbols symbols)
    {
        _symbols = symbols;
        // The walk is shared by every rule of the compilation (see HygieneContext), so one rule's
        // cancellation must not poison the cached result: it runs without a token. It is bounded by MaxDepth.
        _callees = new Lazy<ImmutableHashSet<IMethodSymbol>>(() => WalkCallGraph(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The ordinary method or accessor around a lambda or local function (the code that declares it).</summary>
    public static IMethodSymbol? GetEnclosingMember(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            symbol = symbol.ContainingSymbol;
        return symbol as IMethodSymbol;
    }

    /// <summary>True when <paramref name="containingSymbol"/> (an operation's ContainingSymbol) runs per invocation.</summary>
    public bool IsPerInvocation(ISymbol? containingSymbol, out IMethodSymbol member)
    {
        // Field initializers have the field as containing symbol: startup code, never per invocation.
        if (GetEnclosingMember(containingSymbol) is not { } enclosing)
        {
            member = null!;
            return false;
        }

        member = enclosing;
        if (_symbols.IsFunction(member))
            return true;
        // A static constructor runs once per type: startup. Instance constructors count only when a function
        // creates the object (they are then in the walked callees).
        if (member.MethodKind is MethodKind.StaticConstructor)
            return false;
        return _callees.Value.Contains(member.OriginalDefinition);
    }

    private ImmutableHashSet<IMethodSymbol> WalkCallGraph(CancellationToken cancellationToken)
    {
        var result = ImmutableHashSet.CreateBuilder<IMethodSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<(IMethodSymbol Method, int Depth)>();
        foreach (var function in EnumerateFunctions(_symbols.Compilation.Assembly.GlobalNamespace, cancellationToken))
            queue.Enqueue((function, 0));

        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (method, depth) = queue.Dequeue();
            if (depth >= MaxDepth)
                continue;
            foreach (var callee in DirectCallees(method, cancellationToken))
            {
                if (_symbols.IsFunction(callee) || callee.MethodKind == MethodKind.StaticConstructor)
                    continue;
                if (result.Add(callee))
                    queue.Enqueue((callee, depth + 1));
            }
        }

        return result.ToImmutable();
    }

    private IEnumerable<IMethodSymbol> EnumerateFunctions(INamespaceOrTypeSymbol container, CancellationToken cancellationToken)
    {
        foreach (var member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case INamespaceOrTypeSymbol nested:
                    foreach (var function in EnumerateFunctions(nested, cancellationToken))
                        yield return function;
                    break;
                case IMethodSymbol method when _symbols.IsFunction(method):
                    yield return method;
                    break;
            }
        }
    }

    private IEnumerable<IMethodSymbol> DirectCallees(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
#pragma warning disable RS1030 // The forward walk needs bodies of other files; the analyzer driver caches semantic models per tree.
            var model = _symbols.Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            var body = model.GetOperation(syntax, cancellationToken);
            if (body is null)
                continue;
            foreach (var operation in body.Descendants())
            {
                var target = operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IObjectCreationOperation creation => creation.Constructor,
                    IPropertyReferenceOperation property => property.Property.GetMethod,
                    _ => null,
                };
                if (target is null)
                    continue;
                target = target.ReducedFrom ?? target;
                target = target.OriginalDefinition;
                if (target.DeclaringSyntaxReferences.IsEmpty || !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, _symbols.Compilation.Assembly))
                    continue;
                yield return target;
            }
        }
    }
}
