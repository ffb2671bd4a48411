using System;
using System.IO;
using System.Linq;
using LambdaGen.Generators.Json;
using Xunit;

namespace LambdaGen.Json.Tests;

public sealed class RuleDocsTests
{
    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LambdaGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LambdaGen.sln not found");
    }

    [Fact]
    public void Every_serialization_rule_has_a_page_a_release_row_and_a_help_link()
    {
        var root = RepositoryRoot();
        var releases = File.ReadAllText(Path.Combine(root, "src", "LambdaGen.Generators", "AnalyzerReleases.Unshipped.md"));
        var descriptors = new JsonSerializabilityAnalyzer().SupportedDiagnostics;
        Assert.Equal(8, descriptors.Length);
        foreach (var descriptor in descriptors)
        {
            var page = Path.Combine(root, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, File.ReadAllText(page), StringComparison.Ordinal);
            Assert.EndsWith("docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, releases, StringComparison.Ordinal);
        }
    }
}
