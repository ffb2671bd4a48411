using System.Linq;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Benchmarks.Generator;

/// <summary>
/// The floor of an attribute-driven generator: the same ForAttributeWithMetadataName lookups as LambdaGen with a
/// transform that only reads the method's name. What LambdaGen's edit runs cost above this is its own parsing.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (var attribute in new[] { "LambdaGen.LambdaFunctionAttribute", "LambdaGen.HttpGetAttribute", "LambdaGen.HttpPostAttribute" })
        {
            var names = context.SyntaxProvider.ForAttributeWithMetadataName(attribute, static (_, _) => true, static (c, _) => c.TargetSymbol.Name).Collect();
            context.RegisterSourceOutput(names, static (output, all) => output.AddSource(all.FirstOrDefault() + "_floor.g.cs", "// " + all.Length));
        }
    }
}
