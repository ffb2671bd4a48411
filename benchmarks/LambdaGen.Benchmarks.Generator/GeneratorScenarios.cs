using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Scale;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Benchmarks.Generator;

/// <summary>
/// The app of benchmarks/LambdaGen.Scale in memory and the three edits of issue 10. Edits are applied to a
/// compilation the driver has already seen, as the IDE does on a keystroke.
/// </summary>
public sealed class GeneratorScenarios
{
    // Function 1 is an HTTP GET route (kinds rotate plain, GET, POST, SQS); source i + 1 holds function i.
    private const int Edited = 1;

    public GeneratorScenarios(int count, bool trackSteps)
    {
        Count = count;
        TrackSteps = trackSteps;
        Compilation = GeneratorHarness.Compile(AppWriter.Sources(count), "Scale", OutputKind.ConsoleApplication);
        EditedTree = Compilation.SyntaxTrees.ElementAt(Edited + 1);
    }

    public int Count { get; }

    public bool TrackSteps { get; }

    public CSharpCompilation Compilation { get; }

    public SyntaxTree EditedTree { get; }

    public GeneratorDriver CreateDriver(bool floor = false)
        => CSharpGeneratorDriver.Create(
            new[] { floor ? new FloorGenerator().AsSourceGenerator() : new LambdaGen.Generators.LambdaGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: GeneratorHarness.OptionsProvider(new Dictionary<string, string> { ["OutputType"] = "Exe", ["PublishAot"] = "true" }),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: TrackSteps));

    /// <summary>(a) A statement inside the edited function's body changes.</summary>
    public CSharpCompilation EditMethodBody(CSharpCompilation compilation) => Replace(compilation, "var seed = 1;", "var seed = 1 + 1;");

    /// <summary>(b) One more function file (an SQS trigger, the kind with the most emitted code).</summary>
    public CSharpCompilation AddFunction(CSharpCompilation compilation)
        => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(AppWriter.Function(Count + 3 - (Count % 4), withLambdaGen: true), GeneratorHarness.ParseOptions, path: "Added.cs"));

    /// <summary>(c) The edited function's route template changes.</summary>
    public CSharpCompilation RenameRoute(CSharpCompilation compilation) => Replace(compilation, "\"/items1/", "\"/renamed1/");

    private CSharpCompilation Replace(CSharpCompilation compilation, string from, string to)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == EditedTree.FilePath);
        var text = tree.GetText().ToString();
        var edited = text.Replace(from, to, StringComparison.Ordinal);
        if (edited == text)
        {
            throw new InvalidOperationException($"'{from}' not found in {tree.FilePath}");
        }

        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));
    }
}
