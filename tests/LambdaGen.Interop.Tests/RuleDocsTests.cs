using System.Reflection;
using LambdaGen.Generators.Analyzers.Interop;
using LambdaGen.Generators.Analyzers.Migration;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Interop.Tests;

/// <summary>Every interop and migration rule has its page, a release row, and a help link to the page.</summary>
public sealed class RuleDocsTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var analyzer in new DiagnosticAnalyzer[] { new AwsInteropAnalyzer(), new AnnotationsMigrationAnalyzer() })
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                data.Add(descriptor.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_is_documented_and_released(string id)
    {
        var descriptor = new DiagnosticAnalyzer[] { new AwsInteropAnalyzer(), new AnnotationsMigrationAnalyzer() }
            .SelectMany(static a => a.SupportedDiagnostics).Single(d => d.Id == id);

        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        var releases = File.ReadAllText(Path.Combine(Root, "src", "LambdaGen.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", releases, StringComparison.Ordinal);
    }

    [Fact]
    public void The_migration_guide_names_every_mapped_Annotations_attribute()
    {
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "migrating-from-annotations.md"));
        foreach (var name in new[] { "LambdaFunction", "HttpApi", "RestApi", "FunctionUrl", "FromQuery", "FromRoute", "FromHeader", "FromBody", "FromServices", "LambdaStartup", "SQSEvent", "SNSEvent", "S3Event", "DynamoDBEvent", "ScheduleEvent", "LambdaGlobalProperties" })
        {
            Assert.Matches($@"\| `\[(assembly: )?{name}\b", guide);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LambdaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LambdaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
