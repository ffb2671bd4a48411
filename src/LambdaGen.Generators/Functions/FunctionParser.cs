using System.Threading;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Functions;

/// <summary>Symbols -> <see cref="FunctionModel"/>. Returns null for anything it cannot serve (the analyzer explains why).</summary>
internal static class FunctionParser
{
    public static FunctionModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length == 0)
        {
            return null;
        }

        // Methods that also carry HTTP route attributes are parsed by the route pipeline.
        if (HasRouteAttribute(method))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var signature = FunctionSignature.Classify(method);
        if (!signature.Problems.IsEmpty)
        {
            return null;
        }

        var attribute = context.Attributes[0];
        var name = FunctionName(method, attribute);
        if (!IsValidName(name))
        {
            return null;
        }

        var awsSerializer = Interop.AwsInterop.FindSerializer(method);
        var triggers = TriggerParser.ParseTriggers(method);
        TriggerInvocation? trigger = null;
        ITypeSymbol? triggerType = null;
        if (!triggers.IsEmpty && awsSerializer is null)
        {
            trigger = TriggerParser.Resolve(triggers[0].Kind, signature.EventType, out triggerType);

            // LambdaGen's own event types go through the trigger helpers; a payload they cannot deliver is LG0314 and
            // skipped. Any other type (for example AWS's Amazon.Lambda.*Events classes) is read as a plain event.
            if (trigger is null && signature.EventType is { } payload && SymbolNames.IsNamespace(payload.ContainingNamespace, "LambdaGen.Events"))
            {
                return null;
            }
        }

        return new FunctionModel(
            name,
            TypeRef.From(method.ContainingType),
            method.Name,
            method.IsStatic,
            signature.ConstructFromServices,
            signature.Parameters.ToEquatableArray(),
            signature.Return,
            signature.ResultType is null ? null : TypeRef.From(signature.ResultType),
            ReadSettings(attribute),
            triggers,
            TriggerParser.ParseFunctionUrl(method),
            trigger,
            // A function with its own [LambdaSerializer] needs no generated metadata.
            awsSerializer is not null ? Json.JsonGraph.Empty
            : trigger is null
                ? JsonRoots(signature, context.SemanticModel.Compilation, cancellationToken)
                : triggerType is null ? Json.JsonGraph.Empty : Json.JsonTypeGraphBuilder.Build(new[] { triggerType }, context.SemanticModel.Compilation, cancellationToken))
        {
            AwsSerializer = awsSerializer,
        };
    }

    /// <summary>The JSON metadata this function needs: its event and its result.</summary>
    private static Json.JsonGraph JsonRoots(FunctionSignature.Result signature, Compilation compilation, CancellationToken cancellationToken)
    {
        var roots = new System.Collections.Generic.List<ITypeSymbol>(2);
        if (signature.EventType is { } eventType && !SymbolNames.Is(eventType, "System.IO", "Stream"))
        {
            roots.Add(eventType);
        }

        if (signature.ResultType is { } resultType)
        {
            roots.Add(resultType);
        }

        return roots.Count == 0 ? Json.JsonGraph.Empty : Json.JsonTypeGraphBuilder.Build(roots, compilation, cancellationToken);
    }

    public static string FunctionName(IMethodSymbol method, AttributeData attribute)
        => FunctionSignature.NamedString(attribute, "Name") is { Length: > 0 } explicitName ? explicitName : method.Name;

    /// <summary>Lambda function names: letters, digits, '-' and '_', 1..64 characters.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool HasRouteAttribute(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolNames.InheritsFrom(attribute.AttributeClass, WellKnownNames.Namespace, "HttpRouteAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    public static FunctionSettings ReadSettings(AttributeData attribute) => new(
        FunctionSignature.NamedInt(attribute, "MemorySize"),
        FunctionSignature.NamedInt(attribute, "Timeout"),
        FunctionSignature.NamedString(attribute, "Architecture"),
        FunctionSignature.NamedString(attribute, "Role"),
        FunctionSignature.NamedString(attribute, "Policies"),
        FunctionSignature.NamedString(attribute, "Environment"),
        FunctionSignature.NamedInt(attribute, "ReservedConcurrency"),
        FunctionSignature.NamedString(attribute, "Description"));
}
