using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>
/// Runs analyzers over sources written with <c>{|LG0001:span|}</c> markup and checks that exactly the marked
/// diagnostics are reported, each on exactly the marked span.
/// </summary>
public static partial class AnalyzerHarness
{
    public sealed record Expected(string Id, int SourceIndex, TextSpan Span);

    public static (string Source, List<Expected> Expected) Parse(string markup, int sourceIndex = 0)
    {
        var expected = new List<Expected>();
        var output = new StringBuilder();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i);
                open.Push((markup.Substring(i + 2, colon - i - 2), output.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new Expected(id, sourceIndex, TextSpan.FromBounds(start, output.Length)));
                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }

        return (output.ToString(), expected);
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, IEnumerable<string> sources, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, GeneratorHarness.OptionsProvider(buildProperties ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Asserts that the analyzer reports exactly the diagnostics marked in <paramref name="markups"/>.</summary>
    public static async Task VerifyAsync(DiagnosticAnalyzer analyzer, IReadOnlyDictionary<string, string>? buildProperties, params string[] markups)
    {
        var parsed = markups.Select((m, i) => Parse(m, i)).ToList();
        var diagnostics = await AnalyzeAsync(analyzer, parsed.Select(static p => p.Source), buildProperties);
        var ids = analyzer.SupportedDiagnostics.Select(static d => d.Id).ToHashSet();
        var actual = diagnostics
            .Where(d => ids.Contains(d.Id))
            .Select(static d => $"{d.Id}@{IndexOf(d.Location.SourceTree!.FilePath)}:{d.Location.SourceSpan}")
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToList();
        var expected = parsed.SelectMany(static p => p.Expected)
            .Select(static e => $"{e.Id}@{e.SourceIndex}:{e.Span}")
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.SequenceEqual(actual), $"expected [{string.Join(", ", expected)}]\nactual   [{string.Join(", ", actual)}]\n{string.Join("\n", diagnostics)}");
    }

    private static int IndexOf(string path) => int.Parse(SourceIndex().Match(path).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Source(\d+)\.cs")]
    private static partial Regex SourceIndex();
}
