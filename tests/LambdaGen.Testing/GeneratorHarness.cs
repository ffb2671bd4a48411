using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using LambdaGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Testing;

/// <summary>The result of running the generator over some sources.</summary>
public sealed record GeneratorRun(
    CSharpCompilation Input,
    Compilation Output,
    GeneratorDriver Driver,
    ImmutableArray<(string HintName, string Source)> Generated,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Compiler errors and warnings of the output compilation (generated code included).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics => Output.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string Source(string hintSuffix) => Generated.Single(g => g.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).Source;
}

/// <summary>Runs LambdaGen's generator in memory against .NET 10 reference assemblies and the LambdaGen runtime.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static IEnumerable<MetadataReference> References { get; } =
        Basic.Reference.Assemblies.Net100.References.All
            .Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(LambdaFunctionAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider).Assembly.Location),
            })
            .ToArray();

    public static CSharpCompilation Compile(IEnumerable<string> sources, string assemblyName = "App", OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, deterministic: true)
                // As the SDK does: unification warnings between reference versions are not about the code.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? buildProperties = null, params IIncrementalGenerator[] extra)
        => CSharpGeneratorDriver.Create(
            new[] { new LambdaGenerator().AsSourceGenerator() }.Concat(extra.Select(static g => g.AsSourceGenerator())),
            parseOptions: ParseOptions,
            optionsProvider: OptionsProvider(buildProperties ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(sources, null);

    public static GeneratorRun Run(IEnumerable<string> sources, IReadOnlyDictionary<string, string>? buildProperties, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var input = Compile(sources, kind: kind);
        var driver = CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var generated = driver.GetRunResult().Results
            .SelectMany(static r => r.GeneratedSources)
            .Select(static s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(static s => s.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
        return new GeneratorRun(input, output, driver, generated, diagnostics);
    }

    /// <summary>Emits the output compilation and loads it into a collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>The generated <c>LambdaGen.Generated.LambdaGenFunctions.Application</c> of a loaded assembly.</summary>
    public static LambdaGen.Hosting.LambdaApplicationDescriptor Application(Assembly assembly)
        => (LambdaGen.Hosting.LambdaApplicationDescriptor)assembly.GetType("LambdaGen.Generated.LambdaGenFunctions", throwOnError: true)!
            .GetField("Application", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!
            .GetValue(null)!;

    /// <summary>An options provider that exposes MSBuild properties as <c>build_property.*</c>, as the SDK does.</summary>
    public static AnalyzerConfigOptionsProvider OptionsProvider(IReadOnlyDictionary<string, string> buildProperties) => new BuildPropertiesProvider(buildProperties);

    private sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(properties.ToDictionary(static p => "build_property." + p.Key, static p => p.Value));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
