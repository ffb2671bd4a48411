using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generators.Json;

/// <summary>
/// Writes the application's JSON metadata: <c>LambdaGen.Generated.LambdaGenJson</c> with read-only
/// <c>Options</c> whose resolver chain is the user's context, then the generated resolver, then the runtime's
/// events context; built-in types come from the runtime library. Each generated type costs one or two calls to
/// <c>LambdaGen.Json.JsonMetadataHelpers</c>.
/// </summary>
internal static class JsonMetadataEmitter
{
    public const string HintName = "LambdaGenJson.g.cs";

    private const string GeneratorVersion = "0.1.0";

    /// <summary>The union of every function's graph: one spec per fully qualified name, in ordinal order.</summary>
    public static JsonContextSpec Merge(IEnumerable<JsonGraph> graphs, JsonOptionsSpec options)
    {
        var types = new SortedDictionary<string, JsonTypeSpec>(StringComparer.Ordinal);
        foreach (var graph in graphs)
        {
            foreach (var type in graph.Types)
            {
                if (!types.ContainsKey(type.Name))
                {
                    types.Add(type.Name, type);
                }
            }
        }

        return new JsonContextSpec(types.Values.ToEquatableArray(), options);
    }

    public static string Emit(JsonContextSpec spec)
    {
        var w = SourceWriter.CreateFile();
        w.Open("namespace LambdaGen.Generated");
        w.Line("using J = global::System.Text.Json.Serialization.Metadata;");
        w.Line("using H = global::LambdaGen.Json.JsonMetadataHelpers;");
        w.Line("using F = global::LambdaGen.Json.JsonMemberFlags;");
        w.Line("using O = global::System.Text.Json.JsonSerializerOptions;");
        var aliases = Aliases(spec);
        foreach (var type in spec.Types)
        {
            if (aliases.TryGetValue(type.Name, out var alias))
            {
                w.Line("using " + alias + " = " + type.Name + ";");
            }
        }

        w.Line();
        w.Line("/// <summary>System.Text.Json metadata for every type the application's functions read or write.</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"" + GeneratorVersion + "\")]");
        w.Open("internal static partial class LambdaGenJson");
        EmitOptions(w, spec.Options);
        w.Line();
        w.Line("/// <summary>The metadata for <typeparamref name=\"T\"/> from <see cref=\"Options\"/>.</summary>");
        w.Line("public static J.JsonTypeInfo<T> Get<T>() => (J.JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        w.Line();
        EmitResolver(w, spec, aliases);
        for (var i = 0; i < spec.Types.Count; i++)
        {
            if (spec.Types[i].Kind == JsonTypeKind.Object)
            {
                w.Line();
                EmitObject(w, spec.Types[i], i, aliases);
            }
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void EmitOptions(SourceWriter w, JsonOptionsSpec options)
    {
        var resolvers = new List<string>();
        if (options.UserContext is { } user)
        {
            resolvers.Add(user + ".Default");
        }

        resolvers.Add("new Resolver()");
        if (options.HasEventsContext)
        {
            resolvers.Add("global::LambdaGen.Events.LambdaGenEventsJsonContext.Default");
        }

        w.Line("/// <summary>The application's read-only serializer options: naming " + options.Naming + ", resolvers in order of precedence.</summary>");
        w.Line("public static O Options { get; } = H.CreateOptions(" + SourceWriter.Literal(options.Naming) + ", " + string.Join(", ", resolvers) + ");");
    }

    private static void EmitResolver(SourceWriter w, JsonContextSpec spec, Dictionary<string, string> aliases)
    {
        string Short(string? name) => name is not null && aliases.TryGetValue(name, out var alias) ? alias : name!;
        w.Open("private sealed class Resolver : J.IJsonTypeInfoResolver");
        w.Open("public J.JsonTypeInfo? GetTypeInfo(global::System.Type type, O options)");
        for (var i = 0; i < spec.Types.Count; i++)
        {
            var type = spec.Types[i];
            var shortened = type with { Name = Short(type.Name), Element = Short(type.Element), Key = Short(type.Key) };
            w.Line("if (type == typeof(" + shortened.Name + ")) return " + Factory(shortened, i, spec.Options) + ";");
        }

        w.Line("return null;");
        w.Close();
        w.Close();
    }

    private static string Factory(JsonTypeSpec type, int index, JsonOptionsSpec options) => type.Kind switch
    {
        JsonTypeKind.Object => "T" + index.ToString(CultureInfo.InvariantCulture) + "(options)",
        JsonTypeKind.Enum => (options.EnumsAsStrings ? "H.StringEnum<" : "H.NumberEnum<") + type.Name + ">(options)",
        JsonTypeKind.Nullable => "H.Nullable<" + type.Element + ">(options)",
        JsonTypeKind.Converter => "H.Value<" + type.Name + ">(options, " + type.Converter + ")",
        _ => type.Helper switch
        {
            "Enumerable" => "H.Enumerable<" + type.Name + ", " + type.Element + ">(options)",
            _ when type.Key is not null => "H." + type.Helper + "<" + type.Key + ", " + type.Element + ">(options)",
            _ => "H." + type.Helper + "<" + type.Element + ">(options)",
        },
    };

    /// <summary>
    /// Object types get a short alias (<c>X12</c>) because their names repeat in every property line; this keeps the
    /// emitted file small (issue 10).
    /// </summary>
    private static Dictionary<string, string> Aliases(JsonContextSpec spec)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Types.Count; i++)
        {
            if (spec.Types[i].Kind == JsonTypeKind.Object)
            {
                aliases[spec.Types[i].Name] = "X" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        return aliases;
    }

    private static void EmitObject(SourceWriter w, JsonTypeSpec type, int index, Dictionary<string, string> aliases)
    {
        string Short(string name) => aliases.TryGetValue(name, out var alias) ? alias : name;
        var t = Short(type.Name);
        w.Line("private static J.JsonTypeInfo T" + index.ToString(CultureInfo.InvariantCulture) + "(O o) => H.Object<" + t + ">(");
        w.Indent++;
        w.Line("o,");
        w.Line((type.CanCreate && !type.UsesParameterizedConstructor ? "static () => new " + t + "()" : "null") + ",");
        var handling = Handling(type.Handling, unmapped: true);
        var end = type.UsesParameterizedConstructor || handling.Length > 0 ? "," : ");";
        if (type.Properties.IsEmpty)
        {
            w.Line("static s => global::System.Array.Empty<J.JsonPropertyInfo>()" + end);
        }
        else
        {
            w.Line("static s => new J.JsonPropertyInfo[]");
            w.Line("{");
            w.Indent++;
            foreach (var property in type.Properties)
            {
                w.Line(Property(t, type.IsValueType, property with { Type = Short(property.Type) }) + ",");
            }

            w.Indent--;
            w.Line("}" + end);
        }

        if (type.UsesParameterizedConstructor)
        {
            w.Line(Creator(t, type.Parameters.Select(p => p with { Type = Short(p.Type) }).ToList()) + ",");
            w.Line("static () => new J.JsonParameterInfoValues[]");
            w.Line("{");
            w.Indent++;
            var position = 0;
            foreach (var parameter in type.Parameters)
            {
                w.Line(Parameter(parameter with { Type = Short(parameter.Type) }, position++) + ",");
            }

            w.Indent--;
            w.Line("}" + (handling.Length > 0 ? "," : ");"));
        }

        if (handling.Length > 0)
        {
            w.Line(handling.Substring(2) + ");");
        }

        w.Indent--;
    }

    /// <summary>Named arguments (each starting with ", ") for the handling attributes.</summary>
    private static string Handling(JsonHandling? handling, bool unmapped)
    {
        if (handling is null)
        {
            return "";
        }

        var text = "";
        if (handling.NumberHandling is { } number)
        {
            text += ", numberHandling: (global::System.Text.Json.Serialization.JsonNumberHandling)" + number.ToString(CultureInfo.InvariantCulture);
        }

        if (unmapped && handling.UnmappedMemberHandling is { } members)
        {
            text += ", unmappedMemberHandling: (global::System.Text.Json.Serialization.JsonUnmappedMemberHandling)" + members.ToString(CultureInfo.InvariantCulture);
        }

        if (handling.ObjectCreationHandling is { } creation)
        {
            text += ", objectCreationHandling: (global::System.Text.Json.Serialization.JsonObjectCreationHandling)" + creation.ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static string Property(string t, bool isValueType, JsonPropertySpec property)
    {
        var member = Identifier(property.MemberName);
        var getter = property.CanRead ? "static x => ((" + t + ")x)." + member : "null";
        var setter = property.Setter is "init" or "ctor-init"
            ? "H.InitOnly<" + property.Type + ">()"
            : property.Setter != "set"
            ? "null"
            : isValueType
                ? "static (x, v) => global::System.Runtime.CompilerServices.Unsafe.Unbox<" + t + ">(x)." + member + " = v!"
                : "static (x, v) => ((" + t + ")x)." + member + " = v!";
        var text = "H.Property<" + t + ", " + property.Type + ">(s, " + SourceWriter.Literal(property.MemberName) + ", " + getter + ", " + setter;
        var extras = new List<string>();
        if (!property.Flags.IsEmpty)
        {
            extras.Add(string.Join(" | ", property.Flags.Select(static f => "F." + f)));
        }

        if (property.JsonName is not null)
        {
            extras.Add("jsonName: " + SourceWriter.Literal(property.JsonName));
        }

        if (property.Converter is not null)
        {
            extras.Add("converter: " + property.Converter);
        }

        if (property.Order != 0)
        {
            extras.Add("order: " + property.Order.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var extra in extras)
        {
            text += ", " + extra;
        }

        return text + Handling(property.Handling, unmapped: false) + ")";
    }

    private static string Creator(string t, List<JsonParameterSpec> parameters)
    {
        var arguments = new List<string>();
        var initializers = new List<string>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var value = "(" + parameter.Type + ")a[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (parameter.IsMemberInitializer)
            {
                initializers.Add(Identifier(parameter.Name) + " = " + value);
            }
            else
            {
                arguments.Add(value);
            }
        }

        var text = "static a => new " + t + "(" + string.Join(", ", arguments) + ")";
        if (initializers.Count > 0)
        {
            text += " { " + string.Join(", ", initializers) + " }";
        }

        return text;
    }

    private static string Parameter(JsonParameterSpec parameter, int position)
    {
        var text = "H.Parameter<" + parameter.Type + ">(" + SourceWriter.Literal(parameter.Name) + ", " + position.ToString(CultureInfo.InvariantCulture)
                   + ", nullable: " + (parameter.IsNullable ? "true" : "false");
        if (parameter.IsMemberInitializer)
        {
            text += ", memberInitializer: true";
        }

        if (parameter.DefaultValue is not null)
        {
            text += ", hasDefault: true, defaultValue: " + parameter.DefaultValue;
        }

        return text + ")";
    }

    private static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
