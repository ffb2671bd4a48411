using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// LG1002: <c>new</c> of an expensive, connection-owning client inside a handler or code it calls per
/// invocation: HttpClient, HttpMessageHandler (SocketsHttpHandler, HttpClientHandler), AWS SDK service
/// clients (anything deriving from Amazon.Runtime.AmazonServiceClient, by metadata name), DbConnection
/// subclasses, and the types listed in <c>lambdagen.client_types</c> in .editorconfig.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientCreationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The .editorconfig key listing extra client types by metadata name, separated by ';' or ','.</summary>
    public const string ClientTypesOption = "lambdagen.client_types";

    /// <summary>Diagnostic property: "true" when the containing member is static.</summary>
    public const string IsStaticProperty = "IsStatic";

    /// <summary>Diagnostic property: "true" when the creation uses no parameter, local or instance member, so it can move to a field.</summary>
    public const string CanHoistProperty = "CanHoist";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClientCreatedInHandler);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HygieneContext.For(start.Compilation) is not { } hygiene)
                return;
            var configured = new ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>>(StringComparer.Ordinal);
            start.RegisterOperationBlockStartAction(block =>
            {
                if (hygiene.Scope.IsPerInvocation(block.OwningSymbol, out var member))
                    block.RegisterOperationAction(c => AnalyzeCreation(c, hygiene, member, configured), OperationKind.ObjectCreation);
            });
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, HygieneContext hygiene, IMethodSymbol member, ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> configured)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || !IsClientType(type, hygiene.Symbols, context, configured))
            return;
        if (IsInsideCacheFactory(creation) || IsLazyFieldInitialization(creation))
            return;

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[IsStaticProperty] = member.IsStatic ? "true" : "false";
        properties[CanHoistProperty] = CanHoist(creation) ? "true" : "false";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedInHandler,
            creation.Syntax.GetLocation(),
            properties.ToImmutable(),
            type.Name,
            member.IsStatic ? "static readonly" : "readonly"));
    }

    internal static bool IsClientType(INamedTypeSymbol type, HygieneSymbols symbols, OperationAnalysisContext context, ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> configured)
    {
        if (HygieneSymbols.InheritsFrom(type, symbols.HttpMessageInvoker) // HttpClient derives from HttpMessageInvoker
            || HygieneSymbols.InheritsFrom(type, symbols.HttpMessageHandler)
            || HygieneSymbols.InheritsFrom(type, symbols.AmazonServiceClient)
            || HygieneSymbols.InheritsFrom(type, symbols.DbConnection))
            return true;

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree);
        if (!options.TryGetValue(ClientTypesOption, out var list) || string.IsNullOrWhiteSpace(list))
            return false;
        var compilation = context.Compilation;
        var extra = configured.GetOrAdd(list, value => ResolveList(value, compilation));
        foreach (var candidate in extra)
        {
            if (HygieneSymbols.InheritsFrom(type, candidate))
                return true;
        }

        return false;
    }

    private static ImmutableArray<INamedTypeSymbol> ResolveList(string value, Compilation compilation)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var part in value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (compilation.GetTypeByMetadataName(part.Trim()) is { } type)
                builder.Add(type);
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// <c>cache.GetOrAdd(key, _ =&gt; new HttpClient(...))</c> and <c>new Lazy&lt;T&gt;(() =&gt; new ...)</c>
    /// build the client once, not per invocation.
    /// </summary>
    private static bool IsInsideCacheFactory(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is not IAnonymousFunctionOperation)
                continue;
            var owner = current.Parent is IDelegateCreationOperation delegateCreation ? delegateCreation.Parent : current.Parent;
            if (owner is IArgumentOperation argument)
            {
                switch (argument.Parent)
                {
                    case IInvocationOperation invocation when invocation.TargetMethod.Name.StartsWith("GetOrAdd", StringComparison.Ordinal)
                                                              || invocation.TargetMethod.Name.StartsWith("GetOrCreate", StringComparison.Ordinal):
                        return true;
                    case IObjectCreationOperation { Type.Name: "Lazy" }:
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>_client ??= new AmazonS3Client()</c>: built on the first invocation only, then reused.</summary>
    private static bool IsLazyFieldInitialization(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
            parent = parent.Parent;
        return parent is ICoalesceAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation };
    }

    /// <summary>A creation that reads no parameter, local or instance member can become a field initializer.</summary>
    private static bool CanHoist(IObjectCreationOperation creation)
    {
        foreach (var operation in creation.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation or ILocalReferenceOperation or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
                return false;
        }

        return true;
    }
}
