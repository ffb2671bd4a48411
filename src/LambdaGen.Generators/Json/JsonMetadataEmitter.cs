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
/// events context; built-in types come from the runtime library. Each generated type is one call to
/// <c>LambdaGen.Json.JsonMetadataHelpers</c> with one line per member; creator arguments that map one to one onto members are
/// not listed again (the runtime derives them), and lambdas are kept to the accessors that must be specialised (issue 10).
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

    /// <summary>
    /// Types per lookup method of the resolver. One method holding a thousand-branch <c>if</c> chain costs the trim
    /// analyzer (which runs its data flow over every method body during build) well over a second at N = 1,000; cut
    /// into methods of this many branches it costs nothing measurable (the JSON file alone: 3.8 s of ILLink time with
    /// one chain, 1.8 s split, 2.1 s with no chain at all; issue 10).
    /// </summary>
    internal const int ResolverChunk = 64;

    private static void EmitResolver(SourceWriter w, JsonContextSpec spec, Dictionary<string, string> aliases)
    {
        string Short(string? name) => name is not null && aliases.TryGetValue(name, out var alias) ? alias : name!;
        string Lookup(int i)
        {
            var type = spec.Types[i];
            var shortened = type with { Name = Short(type.Name), Element = Short(type.Element), Key = Short(type.Key) };
            return "if (type == typeof(" + shortened.Name + ")) return " + Factory(shortened, i, spec.Options) + ";";
        }

        var chunks = (spec.Types.Count + ResolverChunk - 1) / ResolverChunk;
        w.Open("private sealed class Resolver : J.IJsonTypeInfoResolver");
        w.Open("public J.JsonTypeInfo? GetTypeInfo(global::System.Type type, O options)");
        if (chunks <= 1)
        {
            for (var i = 0; i < spec.Types.Count; i++)
            {
                w.Line(Lookup(i));
            }

            w.Line("return null;");
        }
        else
        {
            var calls = Enumerable.Range(0, chunks).Select(static k => "R" + k.ToString(CultureInfo.InvariantCulture) + "(type, options)");
            w.Line("return " + string.Join(" ?? ", calls) + ";");
        }

        w.Close();
        for (var k = 0; k < chunks && chunks > 1; k++)
        {
            w.Line();
            w.Open("private static J.JsonTypeInfo? R" + k.ToString(CultureInfo.InvariantCulture) + "(global::System.Type type, O options)");
            for (var i = k * ResolverChunk; i < Math.Min(spec.Types.Count, (k + 1) * ResolverChunk); i++)
            {
                w.Line(Lookup(i));
            }

            w.Line("return null;");
            w.Close();
        }

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
        var parameters = type.Parameters.Select(p => p with { Type = Short(p.Type) }).ToList();
        var properties = type.Properties.Select(p => p with { Type = Short(p.Type) }).ToList();
        var derived = type.UsesParameterizedConstructor ? DeriveCreator(parameters, properties) : null;

        string head;
        if (!type.UsesParameterizedConstructor)
        {
            head = "H.Object<" + t + ">(o, " + (type.CanCreate ? "() => new " + t + "()" : "null");
        }
        else if (derived is not null)
        {
            head = "H.Record<" + t + ">(o, " + Creator(t, parameters, derived.Positions);
        }
        else
        {
            head = "H.Record<" + t + ">(o, " + Creator(t, parameters, Enumerable.Range(0, parameters.Count).ToArray())
                   + ", new J.JsonParameterInfoValues[] { " + string.Join(", ", parameters.Select(static (p, i) => Parameter(p, i))) + " }";
        }

        var handling = Handling(type.Handling, unmapped: true);
        var open = handling.Length > 0 ? "H.With(" : "";
        var close = handling.Length > 0 ? handling + ");" : ";";
        var name = "T" + index.ToString(CultureInfo.InvariantCulture);
        if (properties.Count == 0)
        {
            w.Line("static J.JsonTypeInfo " + name + "(O o) => " + open + head + ")" + close);
            return;
        }

        w.Line("static J.JsonTypeInfo " + name + "(O o) => " + open + head + ",");
        w.Indent++;
        for (var i = 0; i < properties.Count; i++)
        {
            w.Line(Member(t, type.IsValueType, properties[i], derived?.ArgumentOf[i]) + (i < properties.Count - 1 ? "," : ")" + close));
        }

        w.Indent--;
    }

    /// <summary>
    /// A creator whose arguments are all members of the same name, type and nullability without a default value (for a
    /// reference type, nullability comes from the member's <c>NotNullSet</c>; for a value type, from the type itself):
    /// the runtime derives its parameters from the members flagged <c>Parameter</c>, numbered in member order, so the
    /// emitted code does not list them. <see cref="Positions"/>: each parameter's index in the argument array;
    /// <see cref="ArgumentOf"/>: per member, the parameter it is, or null.
    /// </summary>
    private sealed record DerivedCreator(int[] Positions, JsonParameterSpec?[] ArgumentOf);

    /// <summary>The derived form of the creator, or null when its parameters do not map one to one onto members.</summary>
    private static DerivedCreator? DeriveCreator(List<JsonParameterSpec> parameters, List<JsonPropertySpec> properties)
    {
        var argumentOf = new JsonParameterSpec?[properties.Count];
        var memberIndex = new int[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var k = properties.FindIndex(p => p.MemberName == parameter.Name);
            if (k < 0 || argumentOf[k] is not null || properties[k].Type != parameter.Type || parameter.DefaultValue is not null
                || (!parameter.IsValueType && parameter.IsNullable == properties[k].Flags.Contains("NotNullSet")))
            {
                return null;
            }

            argumentOf[k] = parameter;
            memberIndex[i] = k;
        }

        // The position of an argument is its rank among the flagged members.
        var positions = memberIndex.Select(k => argumentOf.Take(k).Count(static a => a is not null)).ToArray();
        return new DerivedCreator(positions, argumentOf);
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

    /// <summary>One <c>H.P&lt;T&gt;(name, getter, flags, setter, ...)</c>; <paramref name="argument"/> is the creator argument it maps to, if any.</summary>
    private static string Member(string t, bool isValueType, JsonPropertySpec property, JsonParameterSpec? argument)
    {
        var member = Identifier(property.MemberName);
        var getter = property.CanRead ? "x => ((" + t + ")x)." + member : "null";
        var setter = property.Setter != "set"
            ? null
            : isValueType
                ? "(x, v) => global::System.Runtime.CompilerServices.Unsafe.Unbox<" + t + ">(x)." + member + " = v!"
                : "(x, v) => ((" + t + ")x)." + member + " = v!";
        var flags = new SortedSet<string>(property.Flags, StringComparer.Ordinal);
        if (property.Setter is "init" or "ctor-init")
        {
            flags.Add("InitOnly");
        }

        if (argument is not null)
        {
            flags.Add("Parameter");
            if (argument.IsMemberInitializer)
            {
                flags.Add("MemberInitializer");
            }
        }

        Combine(flags, "NotNullGet", "NotNullSet", "NotNull");
        if (!flags.Contains("MemberInitializer"))
        {
            Combine(flags, "Parameter", "InitOnly", "Positional");
        }

        var text = "H.P<" + property.Type + ">(" + SourceWriter.Literal(property.MemberName) + ", " + getter;
        if (flags.Count > 0 || setter is not null)
        {
            text += ", " + (flags.Count > 0 ? string.Join(" | ", flags.Select(static f => "F." + f)) : "F.None");
        }

        if (setter is not null)
        {
            text += ", " + setter;
        }

        if (property.JsonName is not null)
        {
            text += ", jsonName: " + SourceWriter.Literal(property.JsonName);
        }

        if (property.Converter is not null)
        {
            text += ", converter: " + property.Converter;
        }

        if (property.Order != 0)
        {
            text += ", order: " + property.Order.ToString(CultureInfo.InvariantCulture);
        }

        return text + Handling(property.Handling, unmapped: false) + ")";
    }

    private static void Combine(SortedSet<string> flags, string first, string second, string combined)
    {
        if (flags.Contains(first) && flags.Contains(second))
        {
            flags.Remove(first);
            flags.Remove(second);
            flags.Add(combined);
        }
    }

    private static string Creator(string t, List<JsonParameterSpec> parameters, int[] positions)
    {
        var arguments = new List<string>();
        var initializers = new List<string>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var value = "(" + parameter.Type + ")a[" + positions[i].ToString(CultureInfo.InvariantCulture) + "]";
            if (parameter.IsMemberInitializer)
            {
                initializers.Add(Identifier(parameter.Name) + " = " + value);
            }
            else
            {
                arguments.Add(value);
            }
        }

        var text = "a => new " + t + "(" + string.Join(", ", arguments) + ")";
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
