using LambdaGen.Testing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Tests;

/// <summary>The generator never throws, whatever half-typed code it is given.</summary>
public sealed class RobustnessTests
{
    public static IEnumerable<object[]> Variants()
    {
        var source = Sources.NoJson;
        var random = new Random(20261123);
        // Truncations at many points, including inside attributes, parameter lists and generic arguments.
        for (var i = 1; i <= 24; i++)
        {
            yield return new object[] { "truncated-" + i, source.Substring(0, source.Length * i / 25) };
        }

        // Garbling: a random span deleted, duplicated, or replaced by punctuation.
        for (var i = 0; i < 24; i++)
        {
            var start = random.Next(source.Length - 40);
            var length = random.Next(1, 40);
            var variant = (i % 3) switch
            {
                0 => source.Remove(start, length),
                1 => source.Insert(start, source.Substring(start, length)),
                _ => source.Remove(start, length).Insert(start, new string("{}()<>[];,=@\"".ToCharArray()[random.Next(13)], length)),
            };
            yield return new object[] { "garbled-" + i, variant };
        }

        yield return new object[] { "missing-types", source.Replace("Stream", "Strem", StringComparison.Ordinal) };
        yield return new object[] { "attribute-args", source.Replace("Name = \"upper\"", "Name = ", StringComparison.Ordinal) };
        yield return new object[] { "attribute-on-field", "using LambdaGen; public class C { [LambdaFunction] public int F; [LambdaStartup] public void M() {} }" };
        yield return new object[] { "local-function", "using LambdaGen; public class C { public void M() { [LambdaFunction] static void L() { } } }" };
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_generator_does_not_throw(string name, string source)
    {
        var run = GeneratorHarness.Run(source);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id is "CS8785" or "AD0001");
        Assert.All(run.Driver.GetRunResult().Results, r => Assert.True(r.Exception is null, name + ": " + r.Exception));
    }
}
