using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// LG1008: an HttpClient built in a class that declares functions, whose Timeout is unset (100 s by default)
/// or longer than the shortest function timeout of that class, so a slow dependency lets Lambda kill the
/// invocation instead of the request failing cleanly. The Timeout is read from the object initializer or an
/// assignment <c>x.Timeout = ...</c> to the same field or local anywhere in the class; a value that is not a
/// constant TimeSpan (read from configuration, say) is trusted.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpClientTimeoutAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the timeout in seconds the fix writes.</summary>
    public const string SecondsProperty = "Seconds";

    /// <summary>Diagnostic property: "AddInitializer" (on the creation) or "ReplaceValue" (on the too-long value).</summary>
    public const string KindProperty = "Kind";

    private const double DefaultHttpClientSeconds = 100;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HttpClientTimeoutTooLong);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HygieneContext.For(start.Compilation) is not { } hygiene || hygiene.Symbols.HttpClient is null)
                return;
            start.RegisterSymbolStartAction(c => AnalyzeType(c, hygiene), SymbolKind.NamedType);
        });
    }

    private sealed class Creation
    {
        public Creation(IObjectCreationOperation operation, ISymbol? target, IOperation? initializerValue)
        {
            Operation = operation;
            Target = target;
            InitializerValue = initializerValue;
        }

        public IObjectCreationOperation Operation { get; }
        public ISymbol? Target { get; }
        public IOperation? InitializerValue { get; }
    }

    private static void AnalyzeType(SymbolStartAnalysisContext context, HygieneContext hygiene)
    {
        var symbols = hygiene.Symbols;
        var type = (INamedTypeSymbol)context.Symbol;
        var functionSeconds = ShortestFunctionTimeout(type, symbols);
        if (functionSeconds is not { } limit)
            return;

        var creations = new ConcurrentBag<Creation>();
        var assignments = new ConcurrentBag<(ISymbol Receiver, IOperation Value)>();
        context.RegisterOperationAction(c =>
        {
            var creation = (IObjectCreationOperation)c.Operation;
            // A client created per invocation is LG1002's business; its timeout matters once it is hoisted.
            if (HygieneSymbols.InheritsFrom(creation.Type, symbols.HttpClient) && !hygiene.Scope.IsPerInvocation(c.ContainingSymbol, out _))
                creations.Add(new Creation(creation, AssignedSymbol(creation), InitializerTimeout(creation)));
        }, OperationKind.ObjectCreation);
        context.RegisterOperationAction(c =>
        {
            var assignment = (ISimpleAssignmentOperation)c.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Timeout", Instance: { } instance } property
                && HygieneSymbols.InheritsFrom(property.Property.ContainingType, symbols.HttpClient)
                && ReferencedSymbol(instance) is { } receiver)
                assignments.Add((receiver, assignment.Value));
        }, OperationKind.SimpleAssignment);

        context.RegisterSymbolEndAction(c =>
        {
            foreach (var creation in creations)
            {
                if (creation.InitializerValue is { } value)
                {
                    ReportIfTooLong(c, value, limit);
                    continue;
                }

                var assigned = false;
                if (creation.Target is not null)
                {
                    foreach (var (receiver, assignedValue) in assignments)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(receiver, creation.Target))
                            continue;
                        assigned = true;
                        ReportIfTooLong(c, assignedValue, limit);
                    }
                }

                if (!assigned && DefaultHttpClientSeconds > limit)
                {
                    c.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.HttpClientTimeoutTooLong,
                        creation.Operation.Syntax.GetLocation(),
                        Properties("AddInitializer", limit),
                        "100 s (the default)",
                        limit.ToString(CultureInfo.InvariantCulture)));
                }
            }
        });
    }

    private static ImmutableDictionary<string, string?> Properties(string kind, int limit)
        => ImmutableDictionary<string, string?>.Empty
            .Add(KindProperty, kind)
            .Add(SecondsProperty, SuggestedSeconds(limit).ToString(CultureInfo.InvariantCulture));

    /// <summary>One second under the function's timeout leaves time to answer with an error.</summary>
    internal static int SuggestedSeconds(int functionSeconds) => functionSeconds > 1 ? functionSeconds - 1 : 1;

    private static void ReportIfTooLong(SymbolAnalysisContext context, IOperation value, int limit)
    {
        if (Seconds(value) is not { } seconds || seconds <= limit)
            return;
        var text = double.IsPositiveInfinity(seconds) ? "infinite" : seconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.HttpClientTimeoutTooLong,
            value.Syntax.GetLocation(),
            Properties("ReplaceValue", limit),
            text,
            limit.ToString(CultureInfo.InvariantCulture)));
    }

    private static int? ShortestFunctionTimeout(INamedTypeSymbol type, HygieneSymbols symbols)
    {
        int? shortest = null;
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method && symbols.IsFunction(method))
            {
                var seconds = symbols.GetTimeout(method).EffectiveSeconds;
                if (shortest is null || seconds < shortest)
                    shortest = seconds;
            }
        }

        return shortest;
    }

    private static IOperation? InitializerTimeout(IObjectCreationOperation creation)
    {
        if (creation.Initializer is null)
            return null;
        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Timeout" } } assignment)
                return assignment.Value;
        }

        return null;
    }

    private static ISymbol? AssignedSymbol(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
            parent = parent.Parent;
        return parent switch
        {
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0],
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0],
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment => ReferencedSymbol(assignment.Target),
            _ => null,
        };
    }

    private static ISymbol? ReferencedSymbol(IOperation operation) => operation switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        ILocalReferenceOperation local => local.Local,
        _ => null,
    };

    /// <summary>Seconds of a constant TimeSpan expression; +inf for infinite timeouts; null when unknown.</summary>
    internal static double? Seconds(IOperation value)
    {
        while (value is IConversionOperation conversion)
            value = conversion.Operand;
        switch (value)
        {
            case IInvocationOperation { TargetMethod.ContainingType.Name: "TimeSpan", Arguments.Length: 1 } invocation
                when invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: { } constant }:
                var number = System.Convert.ToDouble(constant, CultureInfo.InvariantCulture);
                return invocation.TargetMethod.Name switch
                {
                    "FromMilliseconds" => number / 1000,
                    "FromSeconds" => number,
                    "FromMinutes" => number * 60,
                    "FromHours" => number * 3600,
                    _ => null,
                };
            case IObjectCreationOperation { Type.Name: "TimeSpan", Arguments.Length: 3 } creation:
                if (creation.Arguments[0].Value.ConstantValue.Value is int hours
                    && creation.Arguments[1].Value.ConstantValue.Value is int minutes
                    && creation.Arguments[2].Value.ConstantValue.Value is int secs)
                    return (hours * 3600) + (minutes * 60) + secs;
                return null;
            case IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" or "MaxValue" }:
                return double.PositiveInfinity;
            default:
                return null;
        }
    }
}
