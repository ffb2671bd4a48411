using System.Collections.Generic;
using System.Globalization;
using LambdaGen.Generators.Analyzers.Triggers;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Triggers;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Functions;

/// <summary>An attribute argument as written, in invariant text.</summary>
internal sealed record AttributeArgument(string Name, string Value);

/// <summary>One trigger attribute (<c>SqsTrigger</c> -> Kind <c>Sqs</c>) with its arguments, for the manifest and the entry point.</summary>
internal sealed record TriggerModel(string Kind, EquatableArray<AttributeArgument> Arguments)
{
    public string? Get(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}

/// <summary>Reads trigger and function URL attributes generically: constructor arguments by parameter name, then named arguments.</summary>
internal static class TriggerParser
{
    public static EquatableArray<TriggerModel> ParseTriggers(IMethodSymbol method)
    {
        var triggers = new List<TriggerModel>();
        foreach (var attribute in method.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null || !SymbolNames.IsNamespace(type.ContainingNamespace, WellKnownNames.Namespace) || !type.Name.EndsWith("TriggerAttribute", System.StringComparison.Ordinal))
            {
                continue;
            }

            triggers.Add(new TriggerModel(type.Name.Substring(0, type.Name.Length - "TriggerAttribute".Length), Arguments(attribute)));
        }

        return triggers.ToEquatableArray();
    }

    /// <summary>The runtime helper for a trigger kind and the function's payload parameter (null when it cannot deliver it).</summary>
    public static TriggerInvocation? Resolve(string kind, ITypeSymbol? payload, out ITypeSymbol? typeArgument)
    {
        typeArgument = null;
        var triggerKind = kind switch
        {
            "Sqs" => TriggerKind.Sqs,
            "Sns" => TriggerKind.Sns,
            "S3" => TriggerKind.S3,
            "Schedule" => TriggerKind.Schedule,
            "EventRule" => TriggerKind.EventRule,
            "DynamoDbStream" => TriggerKind.DynamoDb,
            "Kinesis" => TriggerKind.Kinesis,
            _ => TriggerKind.None,
        };
        var definition = payload is INamedTypeSymbol named ? named.OriginalDefinition : payload;
        var metadataName = definition is null ? null : MetadataName(definition);
        if (triggerKind == TriggerKind.None || TriggerCatalog.Resolve(triggerKind, metadataName) is not { } call)
        {
            return null;
        }

        if (call.NeedsTypeInfo)
        {
            typeArgument = payload is INamedTypeSymbol { IsGenericType: true } generic && metadataName!.StartsWith("LambdaGen.Events.", System.StringComparison.Ordinal)
                ? generic.TypeArguments[0]
                : payload;
        }

        return new TriggerInvocation(kind, call.HelperType, call.Method, typeArgument is null ? null : TypeRef.From(typeArgument), call.ResponseType, call.TakesPayload);
    }

    private static string MetadataName(ITypeSymbol type)
    {
        var name = type.MetadataName;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            name = ns.Name + "." + name;
        }

        return name;
    }

    public static TriggerModel? ParseFunctionUrl(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, WellKnownNames.Namespace, "FunctionUrlAttribute"))
            {
                return new TriggerModel("FunctionUrl", Arguments(attribute));
            }
        }

        return null;
    }

    public static EquatableArray<AttributeArgument> Arguments(AttributeData attribute)
    {
        var arguments = new List<AttributeArgument>();
        var parameters = attribute.AttributeConstructor?.Parameters ?? default;
        for (var i = 0; i < attribute.ConstructorArguments.Length; i++)
        {
            var name = !parameters.IsDefault && i < parameters.Length ? parameters[i].Name : "arg" + i.ToString(CultureInfo.InvariantCulture);
            if (Text(attribute.ConstructorArguments[i]) is { } value)
            {
                arguments.Add(new AttributeArgument(char.ToUpperInvariant(name[0]) + name.Substring(1), value));
            }
        }

        foreach (var pair in attribute.NamedArguments)
        {
            if (Text(pair.Value) is { } value)
            {
                arguments.Add(new AttributeArgument(pair.Key, value));
            }
        }

        return arguments.ToEquatableArray();
    }

    private static string? Text(TypedConstant constant) => constant.Kind == TypedConstantKind.Array ? null : constant.Value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        string s => s,
        System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };
}
