using System.Linq;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Json;

/// <summary>Reads the application's JSON options from its assembly attributes.</summary>
internal static class JsonOptionsReader
{
    public const string EventsContextMetadataName = "LambdaGen.Events.LambdaGenEventsJsonContext";

    /// <summary><c>[assembly: LambdaApplication(JsonNaming = ..., EnumsAsStrings = ...)]</c>, <c>[assembly: LambdaJsonContext(typeof(...))]</c> and whether the runtime ships the events context.</summary>
    public static JsonOptionsSpec Read(Compilation compilation)
    {
        var naming = "camelCase";
        var enumsAsStrings = true;
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != WellKnownNames.LambdaApplicationAttribute)
            {
                continue;
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "JsonNaming" && argument.Value.Value is string value && IsKnownNaming(value))
                {
                    naming = value;
                }
                else if (argument.Key == "EnumsAsStrings" && argument.Value.Value is bool asStrings)
                {
                    enumsAsStrings = asStrings;
                }
            }
        }

        var context = ReadUserContext(compilation);
        return new JsonOptionsSpec(
            naming,
            enumsAsStrings,
            context is null ? null : JsonTypeGraphBuilder.NameOf(context),
            compilation.GetTypeByMetadataName(EventsContextMetadataName) is not null);
    }

    /// <summary>The naming values <c>LambdaApplication.JsonNaming</c> accepts.</summary>
    public static bool IsKnownNaming(string value) => value is "camelCase" or "PascalCase" or "snake_case" or "SNAKE_CASE" or "kebab-case" or "KEBAB-CASE";

    /// <summary>The context named by <c>[assembly: LambdaJsonContext(typeof(X))]</c> when X derives from JsonSerializerContext.</summary>
    public static INamedTypeSymbol? ReadUserContext(Compilation compilation)
    {
        var attribute = compilation.Assembly.GetAttributes()
            .FirstOrDefault(static a => a.AttributeClass?.ToDisplayString() == WellKnownNames.LambdaJsonContextAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol context)
        {
            return null;
        }

        return IsJsonSerializerContext(context) ? context : null;
    }

    public static bool IsJsonSerializerContext(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "System.Text.Json.Serialization.JsonSerializerContext")
            {
                return true;
            }
        }

        return false;
    }
}
