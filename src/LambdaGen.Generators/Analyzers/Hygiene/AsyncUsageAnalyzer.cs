using System.Collections.Immutable;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// LG1009 async void functions; LG1010 async lambdas that become async void inside a handler (ForEach,
/// Parallel.ForEach, event handlers, Action parameters); LG1011 blocking on a task in a handler
/// (<c>.Result</c>, <c>.Wait()</c>, <c>.GetAwaiter().GetResult()</c>), except on a task already awaited earlier
/// in the same method (the <c>await Task.WhenAll(a, b); a.Result</c> pattern).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property on LG1011: "true" when the enclosing method is async, so the fix can await.</summary>
    public const string CanAwaitProperty = "CanAwait";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.AsyncVoidFunction, Descriptors.AsyncVoidLambdaInHandler, Descriptors.SyncOverAsyncInHandler);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HygieneContext.For(start.Compilation) is not { } hygiene)
                return;
            start.RegisterSymbolAction(c => AnalyzeMethod(c, hygiene.Symbols), SymbolKind.Method);
            start.RegisterOperationBlockStartAction(block =>
            {
                if (!hygiene.Scope.IsPerInvocation(block.OwningSymbol, out _))
                    return;
                block.RegisterOperationAction(AnalyzeLambda, OperationKind.AnonymousFunction);
                block.RegisterOperationAction(c => AnalyzeResult(c, hygiene), OperationKind.PropertyReference);
                block.RegisterOperationAction(c => AnalyzeWait(c, hygiene), OperationKind.Invocation);
            });
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, HygieneSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (!method.IsAsync || !method.ReturnsVoid || !symbols.IsFunction(method))
            return;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AsyncVoidFunction, declaration.ReturnType.GetLocation(), method.Name));
        }
    }

    private static void AnalyzeLambda(OperationAnalysisContext context)
    {
        var lambda = (IAnonymousFunctionOperation)context.Operation;
        if (!lambda.Symbol.IsAsync || !lambda.Symbol.ReturnsVoid)
            return;
        var syntax = lambda.Syntax;
        var location = syntax switch
        {
            LambdaExpressionSyntax { AsyncKeyword: { RawKind: not 0 } asyncKeyword } => asyncKeyword.GetLocation(),
            AnonymousMethodExpressionSyntax { AsyncKeyword: { RawKind: not 0 } asyncKeyword } => asyncKeyword.GetLocation(),
            _ => syntax.GetLocation(),
        };
        var delegateType = lambda.Parent is IDelegateCreationOperation { Type: { } type } ? type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) : "void";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AsyncVoidLambdaInHandler, location, delegateType));
    }

    private static void AnalyzeResult(OperationAnalysisContext context, HygieneContext hygiene)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.Name != "Result" || reference.Instance is not { } task || !IsTaskOfT(task.Type, hygiene.Symbols))
            return;
        if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
            return;
        Report(context, reference, task, ".Result");
    }

    private static void AnalyzeWait(OperationAnalysisContext context, HygieneContext hygiene)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "Wait" when invocation.Instance is { } waited && IsAnyTask(waited.Type, hygiene.Symbols):
                Report(context, invocation, waited, ".Wait()");
                break;
            case "GetResult" when invocation.Instance is IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaited }
                                  && IsAnyTask(WithoutConfigureAwait(awaited).Type, hygiene.Symbols):
                Report(context, invocation, WithoutConfigureAwait(awaited), ".GetAwaiter().GetResult()");
                break;
            case "WaitAll" or "WaitAny" when invocation.Instance is null && SymbolEqualityComparer.Default.Equals(method.ContainingType, hygiene.Symbols.Task):
                Report(context, invocation, invocation, "Task." + method.Name + "()");
                break;
        }
    }

    private static void Report(OperationAnalysisContext context, IOperation at, IOperation task, string what)
    {
        if (WasAwaitedBefore(task, at))
            return;
        var canAwait = context.ContainingSymbol is IMethodSymbol { IsAsync: true } && !InsideLock(at);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(CanAwaitProperty, canAwait ? "true" : "false");
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SyncOverAsyncInHandler, at.Syntax.GetLocation(), properties, what));
    }

    /// <summary><c>t.ConfigureAwait(false)</c> is still the task <c>t</c> for blocking purposes.</summary>
    private static IOperation WithoutConfigureAwait(IOperation operation)
        => operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } ? task : operation;

    private static bool IsTaskOfT(ITypeSymbol? type, HygieneSymbols symbols)
        => type is INamedTypeSymbol { IsGenericType: true } named
           && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, symbols.TaskOfT)
               || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, symbols.ValueTaskOfT));

    private static bool IsAnyTask(ITypeSymbol? type, HygieneSymbols symbols)
        => IsTaskOfT(type, symbols)
           || SymbolEqualityComparer.Default.Equals(type, symbols.Task)
           || SymbolEqualityComparer.Default.Equals(type, symbols.ValueTask);

    /// <summary>
    /// True when the task is a local or parameter that an <c>await</c> earlier in the same body already
    /// covered (directly or inside Task.WhenAll/WhenAny), so reading it no longer blocks.
    /// </summary>
    private static bool WasAwaitedBefore(IOperation task, IOperation at)
    {
        // tasks[0].Result after `await Task.WhenAll(tasks)`: look through element access to the collection.
        var receiver = task;
        while (true)
        {
            if (receiver is IArrayElementReferenceOperation element)
                receiver = element.ArrayReference;
            else if (receiver is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance })
                receiver = instance;
            else if (receiver is IConversionOperation conversion)
                receiver = conversion.Operand;
            else
                break;
        }

        var symbol = receiver switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (symbol is null)
            return false;
        var root = at;
        while (root.Parent is not null)
            root = root.Parent;
        var position = at.Syntax.SpanStart;
        foreach (var operation in root.Descendants())
        {
            if (operation is not IAwaitOperation awaited || awaited.Syntax.SpanStart >= position)
                continue;
            foreach (var inner in awaited.Operation.DescendantsAndSelf())
            {
                var referenced = inner switch
                {
                    ILocalReferenceOperation local => (ISymbol)local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };
                if (SymbolEqualityComparer.Default.Equals(referenced, symbol))
                    return true;
            }
        }

        return false;
    }

    private static bool InsideLock(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILockOperation)
                return true;
        }

        return false;
    }
}
