using System.Collections.Immutable;
using System.Reflection;
using LambdaGen.Generators;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Interop.Tests;

/// <summary>
/// Compilations in two flavours: "AWS" references the API-shape stubs of AWS's packages (as a project with
/// Amazon.Lambda.Core/RuntimeSupport/Annotations would), "LambdaGen" references only LambdaGen.
/// </summary>
internal static class InteropHarness
{
    public static readonly MetadataReference Stubs = MetadataReference.CreateFromFile(typeof(Amazon.Lambda.Core.ILambdaContext).Assembly.Location);

    public static CSharpCompilation Compile(IEnumerable<string> sources, bool aws, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var compilation = GeneratorHarness.Compile(sources, kind: kind);
        return aws ? compilation.AddReferences(Stubs) : compilation;
    }

    public static GeneratorRun Run(string source, bool aws, IReadOnlyDictionary<string, string>? buildProperties = null, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
        => Run(Compile([source], aws, kind), buildProperties);

    public static GeneratorRun Run(CSharpCompilation input, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var driver = GeneratorHarness.CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var generated = driver.GetRunResult().Results
            .SelectMany(static r => r.GeneratedSources)
            .Select(static s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(static s => s.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
        return new GeneratorRun(input, output, driver, generated, diagnostics);
    }

    /// <summary>Compiles with the generator, asserts zero warnings and errors, loads the result.</summary>
    public static Assembly Build(string source, bool aws, IReadOnlyDictionary<string, string>? buildProperties = null, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var run = Run(source, aws, buildProperties, kind);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        return GeneratorHarness.Load(run.Output);
    }

    public static LambdaEnvironment Environment(string handler) => new("127.0.0.1:9", handler, handler, "1", 256, "/aws/lambda/" + handler, "stream-1");

    /// <summary>Runs one function of a generated application over events, without any Runtime API.</summary>
    public static async Task<string[]> InvokeAsync(Assembly assembly, string handler, params string[] events)
    {
        var runner = LambdaFunctionRunner.Create(GeneratorHarness.Application(assembly), Environment(handler));
        var outputs = new List<string>();
        var n = 0;
        foreach (var e in events)
        {
            n++;
            using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e));
            using var output = await runner.InvokeAsync(input, "req-" + n, TimeSpan.FromSeconds(30), "arn:aws:lambda:us-east-1:123456789012:function:" + handler);
            outputs.Add(new StreamReader(output).ReadToEnd());
        }

        return outputs.ToArray();
    }
}

/// <summary>Tests that touch process-wide state (Console, environment variables, the stub bootstrap) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessState
{
    public const string Name = "process state";
}
