using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generators.Json;

/// <summary>
/// Walks the closure of the root types (members, element types, base types, derived types declared by
/// <c>[JsonDerivedType]</c>) and describes each with symbol-free specs, plus the issues the analyzer reports.
/// Follows System.Text.Json's own contract rules so that the metadata matches what its source generator makes.
/// </summary>
internal static class JsonTypeGraphBuilder
{
    /// <summary>
    /// The graph of the roots: the union of each root's graph (its types once, each root's issues with paths from that
    /// root). A root's graph depends only on the compilation, and the generator's transforms and the analyzer ask for the
    /// same roots again and again within one compilation (every function returning <c>Todo</c>, every keystroke re-running
    /// every transform), so it is walked once per compilation.
    /// </summary>
    public static JsonGraph Build(IEnumerable<ITypeSymbol> roots, Compilation compilation, CancellationToken cancellationToken)
    {
        var graphs = new List<JsonGraph>();
        foreach (var root in roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            graphs.Add(RootCache.For(compilation).GetOrAdd(root, compilation, cancellationToken));
        }

        return graphs.Count == 1 ? graphs[0] : Union(graphs);
    }

    private static JsonGraph Walk(ITypeSymbol root, Compilation compilation, CancellationToken cancellationToken)
    {
        var walker = new Walker(compilation, cancellationToken);
        walker.Visit(root, root.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        return walker.ToGraph();
    }

    private static JsonGraph Union(List<JsonGraph> graphs)
    {
        var types = new SortedDictionary<string, JsonTypeSpec>(StringComparer.Ordinal);
        var issues = new List<JsonIssue>();
        foreach (var graph in graphs)
        {
            foreach (var type in graph.Types)
            {
                types[type.Name] = type;
            }

            issues.AddRange(graph.Issues);
        }

        return new JsonGraph(types.Values.ToEquatableArray(), issues.Distinct().ToEquatableArray());
    }

    /// <summary>
    /// Root graphs of one compilation. Keyed with nullability because the issue paths start with the root's name as
    /// written (<c>Todo?</c>). A walk that is cancelled caches nothing; two threads racing on a root both walk it and
    /// get equal graphs.
    /// </summary>
    private sealed class RootCache
    {
        private static readonly ConditionalWeakTable<Compilation, RootCache> Caches = new();

        private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, JsonGraph> _graphs = new(SymbolEqualityComparer.IncludeNullability);

        private int _walks;

        /// <summary>How many roots were actually walked in this compilation.</summary>
        public int Walks => Volatile.Read(ref _walks);

        public static RootCache For(Compilation compilation) => Caches.GetValue(compilation, static _ => new RootCache());

        public JsonGraph GetOrAdd(ITypeSymbol root, Compilation compilation, CancellationToken cancellationToken)
        {
            if (_graphs.TryGetValue(root, out var graph))
            {
                return graph;
            }

            Interlocked.Increment(ref _walks);
            graph = Walk(root, compilation, cancellationToken);
            return _graphs.GetOrAdd(root, graph);
        }
    }

    /// <summary>How many root graphs were walked for <paramref name="compilation"/> (each root once).</summary>
    internal static int WalkCount(Compilation compilation) => RootCache.For(compilation).Walks;

    /// <summary>The name used for identity and in emitted code: <c>global::</c> qualified, no nullable reference annotations.</summary>
    internal static readonly SymbolDisplayFormat NameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    internal static string NameOf(ITypeSymbol type) => Keyword(type.SpecialType) ?? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(NameFormat);

    /// <summary>The C# keyword of a special type, as <see cref="NameFormat"/> writes it, without building a display string.</summary>
    private static string? Keyword(SpecialType type) => type switch
    {
        SpecialType.System_Object => "object",
        SpecialType.System_Boolean => "bool",
        SpecialType.System_Char => "char",
        SpecialType.System_SByte => "sbyte",
        SpecialType.System_Byte => "byte",
        SpecialType.System_Int16 => "short",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_Int32 => "int",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        SpecialType.System_Decimal => "decimal",
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        SpecialType.System_String => "string",
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="type"/> is <paramref name="ns"/>.<paramref name="name"/>. The walk runs for every function on
    /// every keystroke, so attribute and interface checks compare the simple name first and only build the namespace's
    /// display string for the rare match (issue 10).
    /// </summary>
    internal static bool Is(INamedTypeSymbol? type, string name, string ns)
        => type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

    private const string JsonSerializationNs = "System.Text.Json.Serialization";

    /// <summary>Types System.Text.Json converts itself; the runtime resolver covers them, so they get no generated metadata.</summary>
    private static readonly HashSet<string> BuiltInTypes = new(StringComparer.Ordinal)
    {
        "global::System.Guid", "global::System.DateTimeOffset", "global::System.DateOnly", "global::System.TimeOnly",
        "global::System.TimeSpan", "global::System.Uri", "global::System.Version", "global::System.Int128",
        "global::System.UInt128", "global::System.Half", "global::System.Text.Json.JsonElement",
        "global::System.Text.Json.JsonDocument", "global::System.Text.Json.Nodes.JsonNode",
        "global::System.Text.Json.Nodes.JsonObject", "global::System.Text.Json.Nodes.JsonArray",
        "global::System.Text.Json.Nodes.JsonValue", "byte[]", "global::System.Memory<byte>", "global::System.ReadOnlyMemory<byte>",
    };

    internal static bool IsBuiltIn(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Object:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return true;
            default:
                return BuiltInTypes.Contains(NameOf(type));
        }
    }

    /// <summary>Collection shapes by generic definition: the runtime helper that builds them and whether a key is involved.</summary>
    private static readonly Dictionary<string, string> CollectionHelpers = new(StringComparer.Ordinal)
    {
        ["System.Collections.Generic.List<T>"] = "List",
        ["System.Collections.Generic.IList<T>"] = "IList",
        ["System.Collections.Generic.ICollection<T>"] = "ICollection",
        ["System.Collections.Generic.IEnumerable<T>"] = "Enumerable",
        ["System.Collections.Generic.IReadOnlyList<T>"] = "Enumerable",
        ["System.Collections.Generic.IReadOnlyCollection<T>"] = "Enumerable",
        ["System.Collections.Generic.HashSet<T>"] = "HashSet",
        ["System.Collections.Generic.ISet<T>"] = "ISet",
        ["System.Collections.Generic.Queue<T>"] = "Queue",
        ["System.Collections.Generic.Stack<T>"] = "Stack",
        ["System.Collections.Generic.Dictionary<TKey, TValue>"] = "Dictionary",
        ["System.Collections.Generic.IDictionary<TKey, TValue>"] = "IDictionary",
        ["System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>"] = "IReadOnlyDictionary",
        ["System.Collections.Immutable.ImmutableArray<T>"] = "ImmutableArray",
        ["System.Collections.Immutable.ImmutableList<T>"] = "ImmutableList",
        ["System.Collections.Immutable.IImmutableList<T>"] = "IImmutableList",
        ["System.Collections.Immutable.ImmutableHashSet<T>"] = "ImmutableHashSet",
        ["System.Collections.Immutable.ImmutableDictionary<TKey, TValue>"] = "ImmutableDictionary",
        ["System.Collections.Immutable.IImmutableDictionary<TKey, TValue>"] = "IImmutableDictionary",
    };

    private const string JsonNs = "System.Text.Json.Serialization.";

    private sealed class Walker
    {
        private readonly Compilation _compilation;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, JsonTypeSpec> _types = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<JsonIssue> _issues = new();
        private readonly HashSet<string> _coveredByUser;
        private readonly HashSet<string> _coveredByEvents;
        private readonly bool _hasEventsContext;

        public Walker(Compilation compilation, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _cancellationToken = cancellationToken;
            var covered = CoveredTypes.Of(compilation);
            _coveredByUser = covered.ByUser;
            _hasEventsContext = covered.HasEventsContext;
            _coveredByEvents = covered.ByEvents;
        }

        /// <summary>
        /// The types the user's and the events' JsonSerializerContexts cover depend only on the compilation, and a walk
        /// runs once per function and per endpoint on every compilation (a keystroke in the IDE re-runs every attribute
        /// transform): reading the contexts' attributes once per compilation instead of once per walk keeps that cheap
        /// at 1,000 functions. The sets are only read after construction.
        /// </summary>
        private sealed class CoveredTypes
        {
            private static readonly ConditionalWeakTable<Compilation, CoveredTypes> Cache = new();

            private CoveredTypes(Compilation compilation)
            {
                ByUser = SerializableTypes(JsonOptionsReader.ReadUserContext(compilation));
                var events = compilation.GetTypeByMetadataName(JsonOptionsReader.EventsContextMetadataName);
                HasEventsContext = events is not null;
                ByEvents = SerializableTypes(events);
            }

            public HashSet<string> ByUser { get; }

            public HashSet<string> ByEvents { get; }

            public bool HasEventsContext { get; }

            public static CoveredTypes Of(Compilation compilation) => Cache.GetValue(compilation, static c => new CoveredTypes(c));
        }

        public JsonGraph ToGraph()
            => new(
                _types.Values.OrderBy(static t => t.Name, StringComparer.Ordinal).ToEquatableArray(),
                _issues.Distinct().ToEquatableArray());

        private void Issue(string id, string path, ITypeSymbol type, bool readOnly = false)
            => _issues.Add(new JsonIssue(id, path, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), readOnly));

        public void Visit(ITypeSymbol type, string path)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (type.SpecialType == SpecialType.System_Object)
            {
                Issue(JsonIssueIds.ObjectType, path, type);
                return;
            }

            if (Keyword(type.SpecialType) is not null || type.SpecialType == SpecialType.System_DateTime || type.TypeKind == TypeKind.Error)
            {
                return;
            }

            var name = NameOf(type);
            if (BuiltInTypes.Contains(name) || !_seen.Add(name))
            {
                return;
            }

            if (type.IsRefLikeType)
            {
                Issue(JsonIssueIds.UnsupportedType, path, type);
                return;
            }

            if (_coveredByUser.Contains(name) || IsCoveredByEvents(type, name))
            {
                return;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    VisitArray(array, name, path);
                    return;
                case INamedTypeSymbol named when named.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum:
                    VisitNamed(named, name, path);
                    return;
                default:
                    Issue(JsonIssueIds.UnsupportedType, path, type);
                    return;
            }
        }

        private void VisitArray(IArrayTypeSymbol array, string name, string path)
        {
            if (array.Rank != 1)
            {
                Issue(JsonIssueIds.UnsupportedType, path, array);
                return;
            }

            Add(new JsonTypeSpec(name, JsonTypeKind.Collection, Helper: "Array", Element: NameOf(array.ElementType)));
            Visit(array.ElementType, path + "[]");
        }

        private void VisitNamed(INamedTypeSymbol type, string name, string path)
        {
            if (!_compilation.IsSymbolAccessibleWithin(type, _compilation.Assembly) || IsFileLocal(type))
            {
                Issue(JsonIssueIds.InaccessibleType, path, type);
                return;
            }

            if (type.IsUnboundGenericType || type.TypeArguments.Any(static t => t.TypeKind == TypeKind.TypeParameter))
            {
                Issue(JsonIssueIds.UnsupportedType, path, type);
                return;
            }

            var converter = ConverterOf(type.GetAttributes(), type, path);
            if (converter is not null)
            {
                Add(new JsonTypeSpec(name, JsonTypeKind.Converter, Converter: converter, IsValueType: type.IsValueType));
                return;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                Add(new JsonTypeSpec(name, JsonTypeKind.Enum, IsValueType: true));
                return;
            }

            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                Add(new JsonTypeSpec(name, JsonTypeKind.Nullable, Element: NameOf(type.TypeArguments[0]), IsValueType: true));
                Visit(type.TypeArguments[0], path);
                return;
            }

            if (type.IsGenericType && CollectionHelpers.TryGetValue(type.OriginalDefinition.ToDisplayString(), out var helper))
            {
                VisitCollection(type, name, path, helper);
                return;
            }

            if (IsEnumerable(type))
            {
                // Custom, immutable and async collections need factories System.Text.Json only reaches through reflection.
                Issue(JsonIssueIds.UnsupportedType, path, type);
                return;
            }

            VisitObject(type, name, path);
        }

        private void VisitCollection(INamedTypeSymbol type, string name, string path, string helper)
        {
            if (type.TypeArguments.Length == 2)
            {
                var key = type.TypeArguments[0];
                if (!IsSupportedKey(key))
                {
                    Issue(JsonIssueIds.UnsupportedType, path + "{key}", key);
                    return;
                }

                Add(new JsonTypeSpec(name, JsonTypeKind.Collection, Helper: helper, Element: NameOf(type.TypeArguments[1]), Key: NameOf(key)));
                Visit(key, path + "{key}");
                Visit(type.TypeArguments[1], path + "[]");
                return;
            }

            Add(new JsonTypeSpec(name, JsonTypeKind.Collection, Helper: helper, Element: NameOf(type.TypeArguments[0])));
            Visit(type.TypeArguments[0], path + "[]");
        }

        private static bool IsSupportedKey(ITypeSymbol key)
            => key.TypeKind == TypeKind.Enum || (IsBuiltIn(key) && key.SpecialType != SpecialType.System_Decimal
                && NameOf(key) is not ("byte[]" or "global::System.Uri" or "global::System.Version" or "global::System.Text.Json.JsonElement"
                    or "global::System.Text.Json.JsonDocument" or "global::System.Text.Json.Nodes.JsonNode" or "global::System.Text.Json.Nodes.JsonObject"
                    or "global::System.Text.Json.Nodes.JsonArray" or "global::System.Text.Json.Nodes.JsonValue" or "global::System.Memory<byte>"
                    or "global::System.ReadOnlyMemory<byte>" or "global::System.Half" or "global::System.Int128" or "global::System.UInt128"));

        private static bool IsEnumerable(INamedTypeSymbol type)
            => type.SpecialType == SpecialType.System_Collections_IEnumerable
               || type.AllInterfaces.Any(static i => i.SpecialType == SpecialType.System_Collections_IEnumerable
                   || (i.Arity == 1 && Is(i, "IAsyncEnumerable", "System.Collections.Generic")));

        private void VisitObject(INamedTypeSymbol type, string name, string path)
        {
            var polymorphic = false;
            foreach (var attribute in type.GetAttributes())
            {
                if (Is(attribute.AttributeClass, "JsonPolymorphicAttribute", JsonSerializationNs))
                {
                    polymorphic = true;
                }
                else if (Is(attribute.AttributeClass, "JsonDerivedTypeAttribute", JsonSerializationNs))
                {
                    polymorphic = true;
                    if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is ITypeSymbol derived)
                    {
                        Visit(derived, path + "(" + derived.Name + ")");
                    }
                }
            }

            var isAbstract = type.IsAbstract || type.TypeKind == TypeKind.Interface;
            if (isAbstract && !polymorphic)
            {
                Issue(JsonIssueIds.AbstractWithoutPolymorphism, path, type);
            }

            var members = CollectMembers(type, path);
            var creation = isAbstract ? null : ChooseConstructor(type);
            if (creation is not null && !creation.Parameters.All(p => CanName(p.Type)))
            {
                creation = null;
            }

            if (!isAbstract && creation is null)
            {
                Issue(JsonIssueIds.NoConstructor, path, type, readOnly: true);
            }

            var parameters = new List<JsonParameterSpec>();
            var setsRequiredMembers = false;
            if (creation is { } constructor)
            {
                setsRequiredMembers = constructor.GetAttributes().Any(static a => Is(a.AttributeClass, "SetsRequiredMembersAttribute", "System.Diagnostics.CodeAnalysis"));
                if (!constructor.IsImplicitlyDeclared || constructor.Parameters.Length > 0)
                {
                    foreach (var parameter in constructor.Parameters)
                    {
                        parameters.Add(new JsonParameterSpec(parameter.Name, NameOf(parameter.Type), false, IsNullable(parameter.Type), DefaultValue(parameter), parameter.Type.IsValueType));
                        var match = members.FindIndex(m => string.Equals(m.Spec.MemberName, parameter.Name, StringComparison.OrdinalIgnoreCase));
                        if (match >= 0 && members[match].Spec.Setter != "set")
                        {
                            var setter = members[match].Spec.Setter == "init" ? "ctor-init" : "ctor";
                            members[match] = members[match] with { Spec = members[match].Spec with { Setter = setter } };
                        }

                        Visit(parameter.Type, path + "(" + parameter.Name + ")");
                    }
                }
            }

            var properties = new List<JsonPropertySpec>(members.Count);
            foreach (var (spec, symbol) in members)
            {
                var current = spec;
                var requiredByLanguage = symbol is IPropertySymbol { IsRequired: true } || symbol is IFieldSymbol { IsRequired: true };
                if (creation is not null && current.Setter is not ("ctor" or "ctor-init") && (current.Setter == "init" || (requiredByLanguage && !setsRequiredMembers)))
                {
                    // init-only and required members are set in the object initializer of the creator, as STJ does.
                    current = current with { Setter = "init" };
                    parameters.Add(new JsonParameterSpec(current.MemberName, current.Type, true, IsNullable(TypeOf(symbol)), null, TypeOf(symbol).IsValueType));
                }
                else if (current.Setter == "init")
                {
                    current = current with { Setter = "none" };
                }

                if (requiredByLanguage && !setsRequiredMembers && !current.Flags.Contains("Required"))
                {
                    current = current with { Flags = current.Flags.Concat(new[] { "Required" }).OrderBy(static f => f, StringComparer.Ordinal).ToEquatableArray() };
                }

                properties.Add(current);
            }

            Add(new JsonTypeSpec(
                name,
                JsonTypeKind.Object,
                IsValueType: type.IsValueType,
                CanCreate: creation is not null,
                Properties: properties.ToEquatableArray(),
                Parameters: parameters.ToEquatableArray(),
                Handling: HandlingOf(type.GetAttributes())));
        }

        private IMethodSymbol? ChooseConstructor(INamedTypeSymbol type)
        {
            var constructors = type.InstanceConstructors.Where(c => !IsCopyConstructor(c, type)).ToList();
            var marked = constructors.FirstOrDefault(static c => c.GetAttributes().Any(static a => Is(a.AttributeClass, "JsonConstructorAttribute", JsonSerializationNs)));
            if (marked is not null && _compilation.IsSymbolAccessibleWithin(marked, _compilation.Assembly))
            {
                return marked;
            }

            var accessible = constructors.Where(static c => c.DeclaredAccessibility == Accessibility.Public).ToList();
            var parameterless = accessible.FirstOrDefault(static c => c.Parameters.Length == 0);
            if (parameterless is not null)
            {
                return parameterless;
            }

            if (type.IsValueType)
            {
                return constructors.FirstOrDefault(static c => c.Parameters.Length == 0);
            }

            return accessible.Count == 1 ? accessible[0] : null;
        }

        private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type)
            => type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

        private List<(JsonPropertySpec Spec, ISymbol Symbol)> CollectMembers(INamedTypeSymbol type, string path)
        {
            var result = new List<(JsonPropertySpec, ISymbol)>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declaring in Hierarchy(type))
            {
                foreach (var member in declaring.GetMembers())
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (member.IsStatic || member.IsImplicitlyDeclared || !names.Add(member.Name))
                    {
                        continue;
                    }

                    var spec = member switch
                    {
                        IPropertySymbol { IsIndexer: false, ExplicitInterfaceImplementations.Length: 0 } property => Property(property, path),
                        IFieldSymbol { IsConst: false } field when field.AssociatedSymbol is null => Field(field, path),
                        _ => null,
                    };
                    if (spec is not null)
                    {
                        result.Add((spec, member));
                    }
                    else if (member is not IPropertySymbol and not IFieldSymbol)
                    {
                        names.Remove(member.Name);
                    }
                }
            }

            return result;
        }

        private static IEnumerable<INamedTypeSymbol> Hierarchy(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Interface)
            {
                yield return type;
                foreach (var inherited in type.AllInterfaces)
                {
                    yield return inherited;
                }

                yield break;
            }

            for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
            {
                yield return current;
            }
        }

        private JsonPropertySpec? Property(IPropertySymbol property, string path)
        {
            var attributes = MemberAttributes.Read(property.GetAttributes());
            if (attributes.IgnoreAlways)
            {
                return null;
            }

            var isPublic = property.DeclaredAccessibility == Accessibility.Public;
            if (!isPublic && !attributes.Include)
            {
                return null;
            }

            if (!_compilation.IsSymbolAccessibleWithin(property, _compilation.Assembly))
            {
                Issue(JsonIssueIds.InaccessibleMember, path + "." + property.Name, property.Type);
                return null;
            }

            bool Accessible(IMethodSymbol? accessor) => accessor is not null
                && (accessor.DeclaredAccessibility == Accessibility.Public || (attributes.Include && _compilation.IsSymbolAccessibleWithin(accessor, _compilation.Assembly)));

            var canRead = Accessible(property.GetMethod);
            var setter = !Accessible(property.SetMethod) ? "none" : property.SetMethod!.IsInitOnly ? "init" : "set";
            if (!canRead && setter == "none")
            {
                return null;
            }

            return Member(property, property.Type, attributes, canRead, setter, isPublic, property.IsVirtual || property.IsOverride || property.IsAbstract, isField: false, path);
        }

        private JsonPropertySpec? Field(IFieldSymbol field, string path)
        {
            var attributes = MemberAttributes.Read(field.GetAttributes());
            if (attributes.IgnoreAlways || !attributes.Include)
            {
                // System.Text.Json serializes fields only with [JsonInclude] (IncludeFields is off).
                return null;
            }

            if (!_compilation.IsSymbolAccessibleWithin(field, _compilation.Assembly))
            {
                Issue(JsonIssueIds.InaccessibleMember, path + "." + field.Name, field.Type);
                return null;
            }

            var setter = field.IsReadOnly ? "none" : "set";
            return Member(field, field.Type, attributes, true, setter, field.DeclaredAccessibility == Accessibility.Public, false, isField: true, path);
        }

        private JsonPropertySpec? Member(ISymbol member, ITypeSymbol type, MemberAttributes attributes, bool canRead, string setter, bool isPublic, bool isVirtual, bool isField, string path)
        {
            if (!CanName(type))
            {
                // Generated code could not even mention this type (ref struct, pointer, inaccessible): report and skip the member.
                Visit(type, path + "." + member.Name);
                return null;
            }

            var flags = new List<string>();
            if (attributes.Ignore is { } ignore)
            {
                flags.Add("Ignore" + ignore);
            }

            if (attributes.Required)
            {
                flags.Add("Required");
            }

            if (attributes.Include)
            {
                flags.Add("Include");
            }

            if (attributes.ExtensionData)
            {
                flags.Add("ExtensionData");
            }

            if (!type.IsValueType && type.TypeKind != TypeKind.TypeParameter && type.NullableAnnotation == NullableAnnotation.NotAnnotated)
            {
                flags.Add("NotNullGet");
                flags.Add("NotNullSet");
            }

            if (isField)
            {
                flags.Add("Field");
            }

            if (isVirtual)
            {
                flags.Add("Virtual");
            }

            if (!isPublic)
            {
                flags.Add("NonPublic");
            }

            flags.Sort(StringComparer.Ordinal);
            var converter = ConverterOf(member.GetAttributes(), type, path + "." + member.Name);
            if (converter is null)
            {
                var issues = _issues.Count;
                Visit(type, path + "." + member.Name);
                if (attributes.ExtensionData)
                {
                    // Extension data values are whatever the input held; object there is System.Text.Json's documented shape.
                    for (var i = _issues.Count - 1; i >= issues; i--)
                    {
                        if (_issues[i].Id == JsonIssueIds.ObjectType && _issues[i].Path == path + "." + member.Name + "[]")
                        {
                            _issues.RemoveAt(i);
                        }
                    }
                }
            }

            return new JsonPropertySpec(member.Name, NameOf(type), attributes.Name, flags.ToEquatableArray(), canRead, setter, converter, attributes.Order, HandlingOf(member.GetAttributes()));
        }

        /// <summary>Whether generated code can use <paramref name="type"/> as a generic argument.</summary>
        private bool CanName(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => CanName(array.ElementType),
            IPointerTypeSymbol or IFunctionPointerTypeSymbol or ITypeParameterSymbol or IErrorTypeSymbol => false,
            INamedTypeSymbol named => !named.IsRefLikeType
                && !IsFileLocal(named)
                && _compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, _compilation.Assembly)
                && named.TypeArguments.All(CanName)
                && (named.ContainingType is null || CanName(named.ContainingType)),
            _ => type.TypeKind == TypeKind.Dynamic,
        };

        /// <summary>The handling attributes System.Text.Json's generator carries into metadata.</summary>
        private static JsonHandling? HandlingOf(ImmutableArray<AttributeData> attributes)
        {
            int? Value(string attributeName)
            {
                var attribute = attributes.FirstOrDefault(a => Is(a.AttributeClass, attributeName, JsonSerializationNs));
                return attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is int value ? value : null;
            }

            var handling = new JsonHandling(Value("JsonNumberHandlingAttribute"), Value("JsonUnmappedMemberHandlingAttribute"), Value("JsonObjectCreationHandlingAttribute"));
            return handling is { NumberHandling: null, UnmappedMemberHandling: null, ObjectCreationHandling: null } ? null : handling;
        }

        /// <summary><c>file</c> types cannot be named from the generated file.</summary>
        private static bool IsFileLocal(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal)
                {
                    return true;
                }
            }

            return false;
        }

        private static ITypeSymbol TypeOf(ISymbol member) => member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;

        private static bool IsNullable(ITypeSymbol type)
            => type.IsValueType ? type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T : type.NullableAnnotation != NullableAnnotation.NotAnnotated;

        /// <summary>A <c>[JsonConverter(typeof(X))]</c> as a creation expression; the non-generic string enum converter becomes its AOT-safe generic form.</summary>
        private string? ConverterOf(ImmutableArray<AttributeData> attributes, ITypeSymbol target, string path)
        {
            foreach (var attribute in attributes)
            {
                if (!Is(attribute.AttributeClass, "JsonConverterAttribute", JsonSerializationNs)
                    || attribute.ConstructorArguments.Length != 1
                    || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol converter)
                {
                    continue;
                }

                if (converter.ToDisplayString() == JsonNs + "JsonStringEnumConverter")
                {
                    var enumType = target.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? ((INamedTypeSymbol)target).TypeArguments[0] : target;
                    return enumType.TypeKind == TypeKind.Enum && SymbolEqualityComparer.Default.Equals(enumType, target)
                        ? "new global::System.Text.Json.Serialization.JsonStringEnumConverter<" + NameOf(enumType) + ">()"
                        : null;
                }

                var usable = converter.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly))
                    && !converter.IsAbstract && !converter.IsUnboundGenericType && CanName(converter);
                if (!usable)
                {
                    // Generated code creates converters with their parameterless constructor.
                    Issue(JsonIssueIds.UnsupportedType, path, converter);
                    return null;
                }

                return "new " + NameOf(converter) + "()";
            }

            return null;
        }

        private static string? DefaultValue(IParameterSymbol parameter)
        {
            if (!parameter.HasExplicitDefaultValue)
            {
                return null;
            }

            var value = parameter.ExplicitDefaultValue;
            if (value is null)
            {
                return "null";
            }

            var literal = value switch
            {
                string s => SymbolDisplay.FormatLiteral(s, quote: true),
                char c => SymbolDisplay.FormatLiteral(c, quote: true),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => null,
            };
            if (literal is null)
            {
                return null;
            }

            if (value is float or double)
            {
                literal = value switch
                {
                    double d when double.IsNaN(d) => "double.NaN",
                    double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
                    double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
                    float f when float.IsNaN(f) => "float.NaN",
                    float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
                    float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
                    double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
                    float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
                    _ => literal,
                };
            }
            else if (value is decimal)
            {
                literal += "m";
            }

            // The boxed default must have the parameter's exact type, or the creator's unboxing cast fails.
            return value is string ? literal : "(" + NameOf(parameter.Type) + ")(" + literal + ")";
        }

        private bool IsCoveredByEvents(ITypeSymbol type, string name)
        {
            if (!_hasEventsContext)
            {
                return false;
            }

            if (_coveredByEvents.Contains(name))
            {
                return true;
            }

            // A closed generic event type such as SqsEvent<Order> carries the user's type, which the runtime's context cannot know.
            return type is INamedTypeSymbol named
                   && InEventsNamespace(named.ContainingNamespace)
                   && named.TypeArguments.All(t => IsBuiltIn(t) || IsCoveredByEvents(t, NameOf(t)));
        }

        /// <summary><c>LambdaGen.Events</c> or a namespace inside it, without building display strings.</summary>
        private static bool InEventsNamespace(INamespaceSymbol? ns)
        {
            for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (ns.Name == "Events" && ns.ContainingNamespace is { Name: "LambdaGen" } parent && parent.ContainingNamespace is { IsGlobalNamespace: true })
                {
                    return true;
                }
            }

            return false;
        }

        private static HashSet<string> SerializableTypes(INamedTypeSymbol? context)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            if (context is null)
            {
                return set;
            }

            foreach (var attribute in context.GetAttributes())
            {
                if (Is(attribute.AttributeClass, "JsonSerializableAttribute", JsonSerializationNs)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is ITypeSymbol covered)
                {
                    set.Add(NameOf(covered));
                }
            }

            return set;
        }

        private void Add(JsonTypeSpec spec) => _types[spec.Name] = spec;
    }

    /// <summary>The System.Text.Json attributes on one member.</summary>
    private sealed class MemberAttributes
    {
        public string? Name { get; private set; }
        public string? Ignore { get; private set; }
        public bool IgnoreAlways { get; private set; }
        public bool Include { get; private set; }
        public bool Required { get; private set; }
        public bool ExtensionData { get; private set; }
        public int Order { get; private set; }

        public static MemberAttributes Read(ImmutableArray<AttributeData> attributes)
        {
            var result = new MemberAttributes();
            foreach (var attribute in attributes)
            {
                if (attribute.AttributeClass is not { } type || !type.Name.StartsWith("Json", StringComparison.Ordinal) || !Is(type, type.Name, JsonSerializationNs))
                {
                    continue;
                }

                switch (JsonNs + type.Name)
                {
                    case JsonNs + "JsonPropertyNameAttribute" when attribute.ConstructorArguments.Length == 1:
                        result.Name = attribute.ConstructorArguments[0].Value as string;
                        break;
                    case JsonNs + "JsonIgnoreAttribute":
                        var condition = attribute.NamedArguments.FirstOrDefault(static a => a.Key == "Condition").Value;
                        var value = condition.Value is int i ? i : 1;
                        // JsonIgnoreCondition: Never = 0, Always = 1, WhenWritingDefault = 2, WhenWritingNull = 3, WhenWriting = 4, WhenReading = 5.
                        result.Ignore = value switch { 0 => "Never", 2 => "WhenWritingDefault", 3 => "WhenWritingNull", 4 => "WhenWriting", 5 => "WhenReading", _ => "Always" };
                        result.IgnoreAlways = result.Ignore == "Always";
                        break;
                    case JsonNs + "JsonIncludeAttribute":
                        result.Include = true;
                        break;
                    case JsonNs + "JsonRequiredAttribute":
                        result.Required = true;
                        break;
                    case JsonNs + "JsonExtensionDataAttribute":
                        result.ExtensionData = true;
                        break;
                    case JsonNs + "JsonPropertyOrderAttribute" when attribute.ConstructorArguments.Length == 1:
                        result.Order = attribute.ConstructorArguments[0].Value is int order ? order : 0;
                        break;
                }
            }

            return result;
        }
    }
}

/// <summary>Which LG02xx diagnostic an issue becomes.</summary>
internal static class JsonIssueIds
{
    public const string ObjectType = Diagnostics.DiagnosticIds.JsonObjectType;
    public const string AbstractWithoutPolymorphism = Diagnostics.DiagnosticIds.JsonAbstractWithoutPolymorphism;
    public const string InaccessibleType = Diagnostics.DiagnosticIds.JsonInaccessibleType;
    public const string UnsupportedType = Diagnostics.DiagnosticIds.JsonUnsupportedType;
    public const string NoConstructor = Diagnostics.DiagnosticIds.JsonNoConstructor;
    public const string InaccessibleMember = Diagnostics.DiagnosticIds.JsonInaccessibleMember;
}
