using LambdaGen.Testing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Interop.Tests;

/// <summary>Layer 1: the generated interop source, compared with baselines (LAMBDAGEN_UPDATE_BASELINES=1 rewrites them).</summary>
public sealed class InteropBaselineTests
{
    private const string Source = """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using LambdaGen;
        using ILambdaContext = Amazon.Lambda.Core.ILambdaContext;

        namespace Baseline;

        public sealed class Order { public string Id { get; set; } = ""; }

        public static class Handlers
        {
            [LambdaFunction]
            [LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]
            public static Task<Order> Store(Order order, ILambdaContext context) => Task.FromResult(order);

            [LambdaFunction]
            public static Stream Raw(Stream input, ILambdaContext context) => input;
        }
        """;

    [Fact]
    public void The_AWS_flavour_matches_its_baselines()
    {
        var run = InteropHarness.Run(Source, aws: true, new Dictionary<string, string> { ["OutputType"] = "Exe", ["LambdaGenRuntime"] = "Aws" }, OutputKind.ConsoleApplication);

        Assert.Empty(run.CompileDiagnostics);
        foreach (var (hint, source) in run.Generated)
        {
            Baseline.Verify("Aws/" + hint.Replace('/', '_'), source);
        }
    }
}
