using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Json;

/// <summary>
/// LG0200-LG0207: every type a function reads or writes must be serializable from generated metadata alone.
/// Walks the same graph as the generator (so the two never disagree) and reports on the parameter or return type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonSerializabilityAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        Descriptors.JsonObjectType, Descriptors.JsonAbstractWithoutPolymorphism, Descriptors.JsonInaccessibleType,
        Descriptors.JsonUnsupportedType, Descriptors.JsonNoConstructor, Descriptors.JsonInaccessibleMember,
    }.ToImmutableDictionary(static d => d.Id);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.JsonObjectType, Descriptors.JsonAbstractWithoutPolymorphism, Descriptors.JsonInaccessibleType,
        Descriptors.JsonUnsupportedType, Descriptors.JsonNoConstructor, Descriptors.JsonInaccessibleMember,
        Descriptors.JsonContextInvalid, Descriptors.JsonNamingInvalid);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = WireSymbols.Create(start.Compilation);
            if (symbols is null)
            {
                return; // LambdaGen is not referenced.
            }

            start.RegisterSymbolAction(c => AnalyzeMethod(c, symbols), SymbolKind.Method);
            start.RegisterSyntaxNodeAction(c => AnalyzeAssemblyAttribute(c, symbols), SyntaxKind.Attribute);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, WireSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.MethodKind != MethodKind.Ordinary || !symbols.IsFunction(method)
            || method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not MethodDeclarationSyntax syntax)
        {
            return;
        }

        var returned = symbols.WireReturnType(method.ReturnType);
        if (returned is not null)
        {
            Report(context, returned, syntax.ReturnType.GetLocation(), writeOnly: true);
        }

        var body = symbols.BodyParameter(method);
        if (body is not null && syntax.ParameterList.Parameters.ElementAtOrDefault(body.Ordinal)?.Type is { } parameterType)
        {
            Report(context, body.Type, parameterType.GetLocation(), writeOnly: false);
        }
    }

    private static void Report(SymbolAnalysisContext context, ITypeSymbol type, Location location, bool writeOnly)
    {
        var graph = JsonTypeGraphBuilder.Build(new[] { type }, context.Compilation, context.CancellationToken);
        foreach (var issue in graph.Issues)
        {
            if ((writeOnly && issue.ReadOnly) || !ById.TryGetValue(issue.Id, out var descriptor))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, issue.Path, issue.TypeName));
        }
    }

    private static void AnalyzeAssemblyAttribute(SyntaxNodeAnalysisContext context, WireSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.Parent is not AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword }
            || attribute.ArgumentList is null
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return;
        }

        var attributeType = constructor.ContainingType;
        if (SymbolEqualityComparer.Default.Equals(attributeType, symbols.LambdaJsonContextAttribute))
        {
            var argument = attribute.ArgumentList.Arguments.FirstOrDefault();
            if (argument?.Expression is TypeOfExpressionSyntax typeOf
                && context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is INamedTypeSymbol named
                && named.TypeKind != TypeKind.Error
                && !JsonOptionsReader.IsJsonSerializerContext(named))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.JsonContextInvalid, argument.GetLocation(), named.ToDisplayString()));
            }
        }
        else if (SymbolEqualityComparer.Default.Equals(attributeType, symbols.LambdaApplicationAttribute))
        {
            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == "JsonNaming"
                    && context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is { HasValue: true, Value: string naming }
                    && !JsonOptionsReader.IsKnownNaming(naming))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.JsonNamingInvalid, argument.Expression.GetLocation(), naming));
                }
            }
        }
    }

    /// <summary>
    /// The symbols that decide which types cross the wire, resolved once per compilation. The generator uses the
    /// same rules through <see cref="JsonWireTypes"/>, so what is analyzed is exactly what gets metadata.
    /// </summary>
    internal sealed class WireSymbols
    {
        private static readonly string[] TriggerAttributes =
        {
            WellKnownNames.SqsTriggerAttribute, WellKnownNames.SnsTriggerAttribute, WellKnownNames.S3TriggerAttribute,
            WellKnownNames.ScheduleTriggerAttribute, WellKnownNames.EventRuleTriggerAttribute,
            WellKnownNames.DynamoDbStreamTriggerAttribute, WellKnownNames.KinesisTriggerAttribute, WellKnownNames.FunctionUrlAttribute,
        };

        private readonly HashSet<INamedTypeSymbol> _functionAttributes;
        private readonly HashSet<INamedTypeSymbol> _nonBodyAttributes;
        private readonly HashSet<INamedTypeSymbol> _unwrap;
        private readonly HashSet<INamedTypeSymbol> _special;
        private INamedTypeSymbol? _httpRoute;
        private INamedTypeSymbol? _fromBody;
        private INamedTypeSymbol? _stream;

        private WireSymbols()
        {
            _functionAttributes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            _nonBodyAttributes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            _unwrap = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            _special = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        }

        public INamedTypeSymbol? LambdaJsonContextAttribute { get; private set; }

        public INamedTypeSymbol? LambdaApplicationAttribute { get; private set; }

        public static WireSymbols? Create(Compilation compilation)
        {
            var function = compilation.GetTypeByMetadataName(WellKnownNames.LambdaFunctionAttribute);
            if (function is null)
            {
                return null;
            }

            var symbols = new WireSymbols
            {
                LambdaJsonContextAttribute = compilation.GetTypeByMetadataName(WellKnownNames.LambdaJsonContextAttribute),
                LambdaApplicationAttribute = compilation.GetTypeByMetadataName(WellKnownNames.LambdaApplicationAttribute),
                _httpRoute = compilation.GetTypeByMetadataName(WellKnownNames.HttpRouteAttribute),
                _fromBody = compilation.GetTypeByMetadataName(WellKnownNames.FromBodyAttribute),
                _stream = compilation.GetTypeByMetadataName(WellKnownNames.Stream),
            };
            symbols._functionAttributes.Add(function);
            Add(symbols._functionAttributes, compilation, TriggerAttributes);
            Add(symbols._nonBodyAttributes, compilation, WellKnownNames.FromServicesAttribute, WellKnownNames.FromRouteAttribute, WellKnownNames.FromQueryAttribute, WellKnownNames.FromHeaderAttribute);
            Add(symbols._unwrap, compilation, WellKnownNames.TaskOfT, WellKnownNames.ValueTaskOfT, "LambdaGen.HttpResult`1");
            Add(symbols._special, compilation, WellKnownNames.ILambdaContext, WellKnownNames.AwsILambdaContext, WellKnownNames.CancellationToken,
                WellKnownNames.Task, WellKnownNames.ValueTask, "LambdaGen.HttpResult");
            return symbols;
        }

        private static void Add(HashSet<INamedTypeSymbol> set, Compilation compilation, params string[] names)
        {
            foreach (var name in names)
            {
                if (compilation.GetTypeByMetadataName(name) is { } symbol)
                {
                    set.Add(symbol);
                }
            }
        }

        public bool IsFunction(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
                {
                    if (_functionAttributes.Contains(type) || SymbolEqualityComparer.Default.Equals(type, _httpRoute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The type written as JSON: <c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c> and <c>HttpResult&lt;T&gt;</c> unwrapped; null when nothing is.</summary>
        public ITypeSymbol? WireReturnType(ITypeSymbol type)
        {
            while (type is INamedTypeSymbol { IsGenericType: true } named && _unwrap.Contains(named.OriginalDefinition))
            {
                type = named.TypeArguments[0];
            }

            return type.SpecialType == SpecialType.System_Void || IsSpecial(type) ? null : type;
        }

        /// <summary>The parameter read from the event or body: the one with [FromBody], else the one complex parameter.</summary>
        public IParameterSymbol? BodyParameter(IMethodSymbol method)
        {
            var explicitBody = method.Parameters.FirstOrDefault(p => p.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _fromBody)));
            if (explicitBody is not null)
            {
                return explicitBody;
            }

            return method.Parameters.FirstOrDefault(p =>
                !IsSpecial(p.Type)
                && !IsSimple(p.Type)
                && p.Type.TypeKind != TypeKind.Interface // services from dependency injection
                && !p.GetAttributes().Any(a => a.AttributeClass is { } c && _nonBodyAttributes.Contains(c)));
        }

        private bool IsSpecial(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named && _special.Contains(named.OriginalDefinition))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, _stream))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Types bound from route, query or header: primitives, strings, Guid, dates, enums, their nullables and arrays.</summary>
        private static bool IsSimple(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType.SpecialType != SpecialType.System_Byte && IsSimple(array.ElementType);
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            return type.SpecialType is not SpecialType.None and not SpecialType.System_Object
                   || JsonTypeGraphBuilder.NameOf(type) is "global::System.Guid" or "global::System.DateTimeOffset" or "global::System.DateOnly"
                       or "global::System.TimeOnly" or "global::System.TimeSpan";
        }
    }
}
