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
        var open = metadataName.IndexOf("[[", StringComparison.Ordinal);
        if (open > 0)
        {
            // Name`1[[Arg]]: a closed generic with one type argument.
            var definition = compilation.GetTypeByMetadataName(metadataName[..open])!;
            return definition.Construct(Root(compilation, metadataName[(open + 2)..^2]));
        }

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

    /// <summary>System.Text.Json's own source generator from the SDK's reference pack, to compile users' contexts.</summary>
    public static readonly Lazy<ISourceGenerator> StjGenerator = new(static () =>
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var path = Directory.GetFiles(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"), "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
            .Where(static p => p.Contains(Path.Combine("analyzers", "dotnet", "cs") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(static p => p, StringComparer.Ordinal)
            .Last();
        return new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(path, new Loader()).GetGenerators(LanguageNames.CSharp).Single();
    });

    private sealed class Loader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    /// <summary>Runs System.Text.Json's generator over the user's source (for tests with a user context).</summary>
    public static Compilation WithStjGenerator(Compilation compilation)
    {
        CSharpGeneratorDriver.Create(new[] { StjGenerator.Value }, parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (diagnostics.Any(static d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        return output;
    }

    /// <summary>Compiles the user source plus the emitted metadata (warnings are errors) and loads it.</summary>
    public static Generated Build(string source, params string[] roots) => Build(source, stj: false, roots);

    public static Generated Build(string source, bool stj, params string[] roots)
    {
        Compilation compilation = Compilation(source);
        if (stj)
        {
            compilation = WithStjGenerator(compilation);
        }

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
