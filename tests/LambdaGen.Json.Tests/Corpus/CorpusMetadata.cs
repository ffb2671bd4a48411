using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using LambdaGen.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Json.Tests.Corpus;

/// <summary>
/// LambdaGen's metadata for the corpus: the roots are read (by the builder itself) from CorpusContext's
/// [JsonSerializable] attributes in the compiled test assembly, emitted, compiled into a separate assembly and loaded.
/// </summary>
internal static class CorpusMetadata
{
    private static readonly Lazy<(string Source, JsonSerializerOptions Options)> Built = new(Build);

    public static JsonSerializerOptions Options => Built.Value.Options;

    public static string Source => Built.Value.Source;

    public static JsonSerializerOptions StjOptions => CorpusContext.Default.Options;

    public static JsonTypeInfo Ours(Type type) => Options.GetTypeInfo(type);

    public static JsonTypeInfo Stj(Type type) => CorpusContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException("STJ context lacks " + type);

    public static Microsoft.CodeAnalysis.Compilation CorpusCompilation(string name = "CorpusMetadata")
        => CSharpCompilation.Create(
            name,
            Array.Empty<SyntaxTree>(),
            JsonHarness.References.Append(MetadataReference.CreateFromFile(typeof(CorpusContext).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static ITypeSymbol[] Roots(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var context = compilation.GetTypeByMetadataName(typeof(CorpusContext).FullName!)!;
        return context.GetAttributes()
            .Where(static a => a.AttributeClass?.Name == "JsonSerializableAttribute")
            .Select(static a => (ITypeSymbol)a.ConstructorArguments[0].Value!)
            .ToArray();
    }

    private static (string, JsonSerializerOptions) Build()
    {
        var compilation = CorpusCompilation();
        var graph = JsonTypeGraphBuilder.Build(Roots(compilation), compilation, CancellationToken.None);
        var source = JsonMetadataEmitter.Emit(JsonMetadataEmitter.Merge(new[] { graph }, JsonOptionsSpec.Default));
        var assembly = JsonHarness.Load(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))));
        var options = (JsonSerializerOptions)assembly.GetType("LambdaGen.Generated.LambdaGenJson")!.GetProperty("Options")!.GetValue(null)!;
        return (source, options);
    }
}
