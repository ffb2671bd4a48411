using System.Collections.Immutable;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// LG1006 / LG1007: an outbound call (HttpClient and HttpContent, System.Net.Http.Json, AWS SDK clients,
/// DbConnection/DbCommand/DbDataReader, Stream and Channel async I/O) made per invocation without a
/// CancellationToken although the API takes one. LG1006 when a token is in scope (fix: pass it); LG1007 when
/// none is but the enclosing method is a function, which the generator can hand a token (fix: add a
/// CancellationToken parameter and pass it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CancellationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the token expression to pass (LG1006).</summary>
    public const string TokenProperty = "Token";

    /// <summary>Diagnostic property: the parameter name when the token must be passed as a named argument.</summary>
    public const string ParameterNameProperty = "ParameterName";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.CancellationTokenNotPassed, Descriptors.CancellationTokenNotAvailable);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HygieneContext.For(start.Compilation) is not { } hygiene || hygiene.Symbols.CancellationToken is null)
                return;
            start.RegisterOperationBlockStartAction(block =>
            {
                if (hygiene.Scope.IsPerInvocation(block.OwningSymbol, out var member))
                    block.RegisterOperationAction(c => AnalyzeInvocation(c, hygiene, member), OperationKind.Invocation);
            });
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, HygieneContext hygiene, IMethodSymbol member)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.Name.EndsWith("Async", System.StringComparison.Ordinal))
            return;
        var symbols = hygiene.Symbols;
        if (!IsOutbound(invocation, symbols))
            return;
        if (!MissesToken(invocation, symbols, out var parameterName))
            return;

        var location = invocation.Syntax.GetLocation();
        var callName = method.ContainingType.Name + "." + method.Name;
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (parameterName is not null)
            properties = properties.Add(ParameterNameProperty, parameterName);

        if (FindToken(invocation, symbols) is { } token)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CancellationTokenNotPassed, location, properties.Add(TokenProperty, token), callName, token));
        }
        else if (symbols.IsFunction(member) && !InsideStaticLambda(invocation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CancellationTokenNotAvailable, location, properties, callName, member.Name));
        }
    }

    private static bool IsOutbound(IInvocationOperation invocation, HygieneSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var receiver = invocation.Instance?.Type
                       ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value.Type : null)
                       ?? method.ContainingType;
        if (method.IsExtensionMethod && method.ContainingNamespace?.ToDisplayString() == "System.Net.Http.Json")
            return true;
        return HygieneSymbols.InheritsFrom(receiver, symbols.HttpMessageInvoker)
               || HygieneSymbols.InheritsFrom(receiver, symbols.HttpContent)
               || symbols.IsAwsClient(receiver)
               || HygieneSymbols.InheritsFrom(receiver, symbols.DbConnection)
               || HygieneSymbols.InheritsFrom(receiver, symbols.DbCommand)
               || HygieneSymbols.InheritsFrom(receiver, symbols.DbDataReader)
               || HygieneSymbols.InheritsFrom(receiver, symbols.Stream)
               || HygieneSymbols.InheritsFrom(receiver, symbols.ChannelReader)
               || HygieneSymbols.InheritsFrom(receiver, symbols.ChannelWriter);
    }

    /// <summary>
    /// True when the call takes a token but got none: an optional CancellationToken parameter left to its
    /// default, or an overload of the same method that adds one. <paramref name="parameterName"/> is set when
    /// the token has to go in as a named argument.
    /// </summary>
    private static bool MissesToken(IInvocationOperation invocation, HygieneSymbols symbols, out string? parameterName)
    {
        parameterName = null;
        var sawImplicitBefore = false;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && symbols.IsCancellationToken(parameter.Type))
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                    return false;
                if (sawImplicitBefore || HasNamedArgument(invocation))
                    parameterName = parameter.Name;
                return true;
            }

            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.ArgumentKind == ArgumentKind.ParamArray)
                sawImplicitBefore = true;
        }

        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        method = method.OriginalDefinition;
        foreach (var candidate in method.ContainingType.GetMembers(method.Name))
        {
            if (candidate is not IMethodSymbol overload || overload.Parameters.Length != method.Parameters.Length + 1 || overload.IsStatic != method.IsStatic)
                continue;
            var extra = ExtraTokenIndex(method, overload, symbols);
            if (extra < 0)
                continue;
            if (extra != overload.Parameters.Length - 1 || HasNamedArgument(invocation) || sawImplicitBefore)
                parameterName = overload.Parameters[extra].Name;
            return true;
        }

        return false;
    }

    private static bool HasNamedArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax { NameColon: not null })
                return true;
        }

        return false;
    }

    private static int ExtraTokenIndex(IMethodSymbol method, IMethodSymbol overload, HygieneSymbols symbols)
    {
        var extra = -1;
        for (int i = 0, j = 0; j < overload.Parameters.Length; j++)
        {
            if (extra < 0 && symbols.IsCancellationToken(overload.Parameters[j].Type)
                && (i >= method.Parameters.Length || !symbols.IsCancellationToken(method.Parameters[i].Type)))
            {
                extra = j;
                continue;
            }

            if (i >= method.Parameters.Length || !SymbolEqualityComparer.Default.Equals(method.Parameters[i].Type, overload.Parameters[j].Type))
                return -1;
            i++;
        }

        return extra;
    }

    /// <summary>The nearest CancellationToken parameter of the enclosing lambdas and method, else a token local declared before the call.</summary>
    private static string? FindToken(IInvocationOperation invocation, HygieneSymbols symbols)
    {
        for (var symbol = invocation.SemanticModel is null ? null : invocation.SemanticModel.GetEnclosingSymbol(invocation.Syntax.SpanStart); symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            foreach (var parameter in method.Parameters)
            {
                if (symbols.IsCancellationToken(parameter.Type))
                    return parameter.Name;
            }

            if (method.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction))
                break;
        }

        if (invocation.SemanticModel is not { } model)
            return null;
        var position = invocation.Syntax.SpanStart;
        foreach (var candidate in model.LookupSymbols(position))
        {
            if (candidate is ILocalSymbol local && symbols.IsCancellationToken(local.Type)
                && local.Locations.Length > 0 && local.Locations[0].SourceSpan.End < position)
                return local.Name;
        }

        return null;
    }

    private static bool InsideStaticLambda(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation { Symbol.IsStatic: true })
                return true;
        }

        return false;
    }
}
