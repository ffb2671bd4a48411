using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Manifest;

/// <summary>Reads the manifest-only attributes of a function method ([FunctionUrl] and the triggers) into model values.</summary>
internal static class ManifestParser
{
    private const string TriggerSuffix = "TriggerAttribute";

    /// <summary>The trigger attributes on <paramref name="method"/>, in source order.</summary>
    public static EquatableArray<TriggerManifestSpec> Triggers(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var triggers = new List<TriggerManifestSpec>();
        foreach (var attribute in method.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Trigger(attribute) is { } trigger)
            {
                triggers.Add(trigger);
            }
        }

        return triggers.ToEquatableArray();
    }

    /// <summary>A trigger model for a LambdaGen <c>*TriggerAttribute</c>, or null for any other attribute.</summary>
    public static TriggerManifestSpec? Trigger(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null
            || !type.Name.EndsWith(TriggerSuffix, System.StringComparison.Ordinal)
            || type.Name.Length == TriggerSuffix.Length
            || !SymbolNames.Is(type, WellKnownNames.Namespace, type.Name))
        {
            return null;
        }

        var kind = type.Name.Substring(0, type.Name.Length - TriggerSuffix.Length);
        return new TriggerManifestSpec(kind, Arguments(attribute));
    }

    /// <summary>[FunctionUrl] on <paramref name="method"/>, or null.</summary>
    public static FunctionUrlManifestSpec? FunctionUrl(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, WellKnownNames.Namespace, "FunctionUrlAttribute"))
            {
                string? authType = null;
                string? cors = null;
                foreach (var argument in Arguments(attribute))
                {
                    if (argument.Key == "AuthType")
                    {
                        authType = argument.Value;
                    }
                    else if (argument.Key == "Cors")
                    {
                        cors = argument.Value;
                    }
                }

                return new FunctionUrlManifestSpec(string.IsNullOrEmpty(authType) ? "NONE" : authType!, cors);
            }
        }

        return null;
    }

    /// <summary>
    /// Constructor arguments under the name of the property they initialize (the parameter name, Pascal-cased),
    /// then named arguments in source order; null values are dropped.
    /// </summary>
    private static EquatableArray<ManifestKeyValue> Arguments(AttributeData attribute)
    {
        var arguments = new List<ManifestKeyValue>();
        var constructor = attribute.AttributeConstructor;
        for (var i = 0; i < attribute.ConstructorArguments.Length; i++)
        {
            var name = constructor is not null && i < constructor.Parameters.Length ? constructor.Parameters[i].Name : "Arg" + i.ToString(CultureInfo.InvariantCulture);
            Add(arguments, Pascal(name), attribute.ConstructorArguments[i]);
        }

        foreach (var named in attribute.NamedArguments)
        {
            Add(arguments, named.Key, named.Value);
        }

        return arguments.ToEquatableArray();
    }

    private static void Add(List<ManifestKeyValue> arguments, string name, TypedConstant value)
    {
        if (value.Kind == TypedConstantKind.Array || value.IsNull || value.Value is null)
        {
            return;
        }

        var text = value.Value switch
        {
            bool b => b ? "true" : "false",
            string s => s,
            System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? "",
        };
        arguments.Add(new ManifestKeyValue(name, text));
    }

    private static string Pascal(string name) => name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
