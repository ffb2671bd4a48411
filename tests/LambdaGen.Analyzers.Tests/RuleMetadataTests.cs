using System.Reflection;
using LambdaGen.CodeFixes.Hygiene;
using LambdaGen.Generators.Analyzers.Hygiene;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Analyzers.Tests;

/// <summary>Every hygiene rule has its docs page, its release-tracking row, and a consistent shape.</summary>
public class RuleMetadataTests
{
    public static TheoryData<string> HygieneIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in HygieneDescriptors())
            data.Add(descriptor.Id);
        return data;
    }

    private static IEnumerable<DiagnosticDescriptor> HygieneDescriptors()
        => typeof(StaticStateAnalyzer).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null && t.Namespace == typeof(StaticStateAnalyzer).Namespace)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    [Fact]
    public void Hygiene_ids_are_the_LG10xx_range_and_unique_per_analyzer()
    {
        var ids = HygieneDescriptors().Select(d => d.Id).ToList();
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"LG10{i:00}"), ids);
    }

    [Theory]
    [MemberData(nameof(HygieneIds))]
    public void Help_link_points_at_an_existing_rule_page(string id)
    {
        var descriptor = HygieneDescriptors().Single(d => d.Id == id);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = Path.Combine(AppContext.BaseDirectory, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ":", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Example", "## How to fix", "## How to suppress" })
            Assert.Contains(section, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HygieneIds))]
    public void Release_tracking_has_a_matching_row(string id)
    {
        var descriptor = HygieneDescriptors().Single(d => d.Id == id);
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith(id + " ", StringComparison.Ordinal))
            .ToList();
        var row = Assert.Single(rows);
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
    }

    [Theory]
    [MemberData(nameof(HygieneIds))]
    public void Rules_are_warnings_enabled_by_default_in_the_hygiene_category(string id)
    {
        var descriptor = HygieneDescriptors().Single(d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal("LambdaGen.Hygiene", descriptor.Category);
    }

    [Fact]
    public void Every_code_fix_supports_fix_all_and_fixes_only_hygiene_ids()
    {
        var ids = HygieneDescriptors().Select(d => d.Id).ToHashSet();
        var providers = typeof(HoistClientCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
        // Six hygiene fixes and the Annotations migration fix (LG0030).
        Assert.Equal(7, providers.Count);
        foreach (var provider in providers)
        {
            Assert.NotNull(provider.GetFixAllProvider());
            Assert.All(provider.FixableDiagnosticIds, id => Assert.True(ids.Contains(id) || id.StartsWith("LG003", StringComparison.Ordinal), id));
        }
    }
}
