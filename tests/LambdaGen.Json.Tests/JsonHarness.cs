using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using LambdaGen.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Json.Tests;

/// <summary>
/// Builds a compilation of user types (.NET 10 reference assemblies + the LambdaGen runtime), runs the JSON
/// graph builder, merge and emitter on chosen roots, compiles the emitted file with the types and loads it.
/// </summary>
internal static class JsonHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static readonly IReadOnlyList<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(LambdaGen.LambdaFunctionAttribute).Assembly.Location))
        .ToList();

    public static CSharpCompilation Compilation(string source, IEnumerable<MetadataReference>? extra = null, string name = "UserApp")
        => CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "User.cs") },
            References.Concat(extra ?? Array.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Roots by metadata name; <c>int</c>-style keywords are not accepted, use <c>System.Int32</c>.</summary>
    public static ITypeSymbol Root(Compilation compilation, string metadataName)
    {
        if (metadataName.EndsWith("[]", StringComparison.Ordinal))
        {
            return compilation.CreateArrayTypeSymbol(Root(compilation, metadataName[..^2]));
        }

        return compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException("No type " + metadataName);
    }

    public static JsonGraph Graph(string source, params string[] roots)
    {
        var compilation = Compilation(source);
        AssertNoErrors(compilation);
        return JsonTypeGraphBuilder.Build(roots.Select(r => Root(compilation, r)), compilation, CancellationToken.None);
    }

    public static string Emit(Compilation compilation, IEnumerable<ITypeSymbol> roots)
    {
        var graph = JsonTypeGraphBuilder.Build(roots, compilation, CancellationToken.None);
        var spec = JsonMetadataEmitter.Merge(new[] { graph }, JsonOptionsReader.Read(compilation));
        return JsonMetadataEmitter.Emit(spec);
    }

    /// <summary>Compiles the user source plus the emitted metadata (warnings are errors) and loads it.</summary>
    public static Generated Build(string source, params string[] roots)
    {
        var compilation = Compilation(source);
        AssertNoErrors(compilation);
        var emitted = Emit(compilation, roots.Select(r => Root(compilation, r)));
        var full = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(emitted, ParseOptions, path: "LambdaGenJson.g.cs"));
        return new Generated(emitted, Load(full));
    }

    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!result.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("Compilation failed:\n" + string.Join("\n", problems) + "\n\n" + string.Join("\n", compilation.SyntaxTrees.Select(t => t.ToString())));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: false).LoadFromStream(stream);
    }

    public static void AssertNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("User source does not compile:\n" + string.Join("\n", errors));
        }
    }

    internal sealed class Generated(string source, Assembly assembly)
    {
        public string Source { get; } = source;

        public Assembly Assembly { get; } = assembly;

        public JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("LambdaGen.Generated.LambdaGenJson")!
            .GetProperty("Options")!.GetValue(null)!;

        public Type Type(string name) => Assembly.GetType(name) ?? throw new InvalidOperationException("No type " + name);

        public JsonTypeInfo Info(Type type) => Options.GetTypeInfo(type);

        /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/> and writes it back.</summary>
        public string RoundTrip(string typeName, string json)
        {
            var info = Info(Resolve(typeName));
            var value = JsonSerializer.Deserialize(json, info);
            return JsonSerializer.Serialize(value, info);
        }

        public object? Read(string typeName, string json) => JsonSerializer.Deserialize(json, Info(Resolve(typeName)));

        public string Write(string typeName, object? value) => JsonSerializer.Serialize(value, Info(Resolve(typeName)));

        public Type Resolve(string typeName) => Assembly.GetType(typeName) ?? System.Type.GetType(typeName) ?? typeof(JsonElement).Assembly.GetType(typeName) ?? throw new InvalidOperationException("No type " + typeName);

        /// <summary>Calls the generated <c>LambdaGenJson.Get&lt;T&gt;()</c>.</summary>
        public JsonTypeInfo Get(Type type) => (JsonTypeInfo)Assembly.GetType("LambdaGen.Generated.LambdaGenJson")!
            .GetMethod("Get")!.MakeGenericMethod(type).Invoke(null, null)!;
    }
}
