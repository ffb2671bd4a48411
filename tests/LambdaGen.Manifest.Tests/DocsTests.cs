using System.Text.RegularExpressions;
using LambdaGen.Generators.Manifest;
using static LambdaGen.Manifest.Tests.Spec;

namespace LambdaGen.Manifest.Tests;

/// <summary>
/// docs/manifest.md shows a hand-written template and what the build turns it into for its sample application;
/// this test renders the sample and requires the page to show exactly that (set LAMBDAGEN_UPDATE_DOCS=1 to rewrite it).
/// </summary>
public sealed partial class DocsTests
{
    /// <summary>The sample application of docs/manifest.md, as the generator would model it.</summary>
    private static ManifestSpec SampleApp() => App(
        name: "todo-app",
        memory: 512,
        timeout: 10,
        httpTimeout: 15,
        routes: [Route("GET", "/todos/{id:int}"), Route("POST", "/todos")],
        functions:
        [
            Function("Orders", timeout: 120, memorySize: 1024, policies: "SQSPollerPolicy(QueueName=@OrdersQueue.QueueName)", environment: "TABLE=@TodoTable",
                triggers: [Trigger("Sqs", ("Queue", "@OrdersQueue"), ("BatchSize", "10"))], reportBatchItemFailures: true),
            Function("Cleanup", timeout: 300, triggers: [Trigger("Schedule", ("Expression", "rate(1 day)"))]),
        ]);

    private static readonly Build.BuildFacts SampleFacts = new(true, "net10.0", "linux-arm64", "TodoApp", "bin/Release/net10.0/linux-arm64/publish");

    [Fact]
    public void Manifest_page_shows_the_template_the_build_writes_for_its_sample()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "manifest.md");
        var page = File.ReadAllText(path).Replace("\r\n", "\n");
        var input = Block(page, "hand-written");

        var result = Sam.Generate(SampleApp(), SampleFacts, input);

        Assert.Empty(result.Warnings);
        SamSchema.AssertValid(result.Text!);
        if (Environment.GetEnvironmentVariable("LAMBDAGEN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, ReplaceBlock(page, "generated", result.Text!));
            return;
        }

        Assert.Equal(result.Text, Block(page, "generated"));
    }

    private static string Block(string page, string name)
    {
        var match = BlockPattern(name).Match(page);
        Assert.True(match.Success, $"docs/manifest.md has no ```json block after <!-- {name} -->");
        return match.Groups["body"].Value;
    }

    private static string ReplaceBlock(string page, string name, string body)
        => BlockPattern(name).Replace(page, m => m.Value.Substring(0, m.Groups["body"].Index - m.Index) + body + "```", 1);

    private static Regex BlockPattern(string name) => new("<!-- " + name + " -->\n```json\n(?<body>.*?)```", RegexOptions.Singleline);
}
