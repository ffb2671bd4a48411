using System.Collections.Immutable;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// LG1001: a handler (or code it calls) writes per-request state into a static. Flagged: assigning a value
/// derived from the invocation (a parameter, a local, <c>this</c>) to a static field or property; incrementing
/// or compound-assigning a static; mutating a static collection (Add, Remove, indexer set, ...).
/// Intentional caches are not flagged: members marked with an attribute named <c>LambdaCache</c>, concurrent
/// or immutable collections and memory caches, <see cref="System.Lazy{T}"/>, and any write inside a <c>lock</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticStateAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<string> MutatingMethods = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "RemoveWhere",
        "Clear", "TryAdd", "TryRemove", "TryUpdate", "AddOrUpdate", "GetOrAdd", "Enqueue", "Dequeue", "TryDequeue",
        "Push", "Pop", "TryPop", "Sort", "Reverse", "UnionWith", "ExceptWith", "IntersectWith", "SymmetricExceptWith",
        "Set", "AddFirst", "AddLast", "RemoveFirst", "RemoveLast");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PerRequestStateInStatic);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HygieneContext.For(start.Compilation) is not { } hygiene)
                return;
            // Only code that runs per invocation gets operation callbacks; everything else costs one check per body.
            start.RegisterOperationBlockStartAction(block =>
            {
                if (!hygiene.Scope.IsPerInvocation(block.OwningSymbol, out _))
                    return;
                block.RegisterOperationAction(c => AnalyzeAssignment(c, hygiene), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
                block.RegisterOperationAction(c => AnalyzeUpdate(c, hygiene), OperationKind.CompoundAssignment, OperationKind.Increment, OperationKind.Decrement);
                block.RegisterOperationAction(c => AnalyzeInvocation(c, hygiene), OperationKind.Invocation);
            });
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, HygieneContext hygiene)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        switch (assignment.Target)
        {
            // _map[key] = value / _array[i] = value on a static collection: always shared mutable state.
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } when StaticMember(instance, context) is { } collection:
                Report(context, hygiene, assignment.Target, collection);
                return;
            case IArrayElementReferenceOperation { ArrayReference: { } array } when StaticMember(array, context) is { } arrayMember:
                Report(context, hygiene, assignment.Target, arrayMember);
                return;
        }

        // Plain writes are flagged only when the value comes from the invocation: `_client ??= new(...)`
        // or `_config = Load()` with nothing per-request in them are lazy startup, not per-request state.
        if (StaticMember(assignment.Target, context) is { } member && IsInvocationDerived(assignment.Value))
            Report(context, hygiene, assignment.Target, member);
    }

    private static void AnalyzeUpdate(OperationAnalysisContext context, HygieneContext hygiene)
    {
        var target = context.Operation switch
        {
            ICompoundAssignmentOperation compound => compound.Target,
            IIncrementOrDecrementOperation increment => increment.Target,
            _ => null,
        };
        if (target is not null && StaticMember(target, context) is { } member)
            Report(context, hygiene, target, member);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, HygieneContext hygiene)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!MutatingMethods.Contains(method.Name))
            return;
        var receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (receiver is null || StaticMember(receiver, context) is not { } member)
            return;
        if (!IsCollection(member.Type))
            return;
        Report(context, hygiene, invocation, member);
    }

    private static void Report(OperationAnalysisContext context, HygieneContext hygiene, IOperation at, StaticMemberInfo member)
    {
        if (IsIntentionalCache(member, hygiene.Symbols) || IsInsideLock(at))
            return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PerRequestStateInStatic, at.Syntax.GetLocation(), member.Symbol.Name));
    }

    private readonly struct StaticMemberInfo
    {
        public StaticMemberInfo(ISymbol symbol, ITypeSymbol type)
        {
            Symbol = symbol;
            Type = type;
        }

        public ISymbol Symbol { get; }
        public ITypeSymbol Type { get; }
    }

    /// <summary>A static, non-constant field or property declared in this project, seen through conversions.</summary>
    private static StaticMemberInfo? StaticMember(IOperation operation, OperationAnalysisContext context)
    {
        while (operation is IConversionOperation conversion)
            operation = conversion.Operand;
        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } => field,
            IPropertyReferenceOperation { Property: { IsStatic: true, IsIndexer: false } property } => property,
            _ => null,
        };
        if (symbol is null || !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, context.Compilation.Assembly))
            return null;
        var type = symbol is IFieldSymbol f ? f.Type : ((IPropertySymbol)symbol).Type;
        return new StaticMemberInfo(symbol, type);
    }

    private static bool IsInvocationDerived(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IParameterReferenceOperation:
                case ILocalReferenceOperation:
                case IInstanceReferenceOperation:
                    return true;
                // A lambda's own parameters are not invocation data: `_f = x => x + 1` is a constant function.
                case IAnonymousFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    private static bool IsCollection(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
            return false;
        foreach (var @interface in type.AllInterfaces)
        {
            if (@interface.SpecialType == SpecialType.System_Collections_IEnumerable)
                return true;
        }

        return false;
    }

    /// <summary>The documented opt-outs: what LambdaGen treats as an intentional, thread-safe cache.</summary>
    private static bool IsIntentionalCache(StaticMemberInfo member, HygieneSymbols symbols)
    {
        foreach (var attribute in member.Symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LambdaCacheAttribute" })
                return true;
        }

        if (member.Type is not INamedTypeSymbol type)
            return false;
        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.LazyOfT))
            return true;
        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns is "System.Collections.Concurrent" or "System.Collections.Immutable" or "System.Runtime.Caching" or "Microsoft.Extensions.Caching.Memory"
            || type.Name is "AsyncLocal" or "ThreadLocal";
    }

    private static bool IsInsideLock(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILockOperation)
                return true;
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                return false;
        }

        return false;
    }
}
