using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using LambdaGen.Analyzers.Tests.Infrastructure;
using LambdaGen.Generators.Analyzers.Hygiene;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace LambdaGen.Analyzers.Tests;

/// <summary>
/// The evaluation corpus: realistic handler files under Corpus/, each a compilation of its own. A line that
/// should carry a diagnostic ends with <c>// expect: LG1002</c> (several ids separated by commas); the
/// diagnostic must start on that line. A first-line comment <c>// editorconfig: key = value</c> sets options.
/// Precision and recall are computed per rule over (file, line, id) triples.
/// </summary>
public sealed partial class CorpusTests(ITestOutputHelper output)
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new StaticStateAnalyzer(), new ClientCreationAnalyzer(), new TimeoutAnalyzer(),
        new CancellationAnalyzer(), new HttpClientTimeoutAnalyzer(), new AsyncUsageAnalyzer());

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [GeneratedRegex(@"//\s*expect:\s*(?<ids>LG\d{4}(\s*,\s*LG\d{4})*)")]
    private static partial Regex ExpectMarker();

    [GeneratedRegex(@"^//\s*editorconfig:\s*(?<key>[^=]+?)\s*=\s*(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex EditorConfigMarker();

    [Fact]
    public void Corpus_has_at_least_60_files_and_every_rule_is_exercised()
    {
        var files = Directory.GetFiles(CorpusDirectory, "*.cs", SearchOption.AllDirectories);
        Assert.True(files.Length >= 60, $"corpus has {files.Length} files");
        var expected = files.SelectMany(f => Expected(f, File.ReadAllText(f))).Select(e => e.Id).ToHashSet();
        foreach (var descriptor in Analyzers.SelectMany(a => a.SupportedDiagnostics))
            Assert.Contains(descriptor.Id, expected);
    }

    [Fact]
    public async Task Precision_and_recall_per_rule_meet_the_goal()
    {
        var expected = new HashSet<(string File, int Line, string Id)>();
        var actual = new HashSet<(string File, int Line, string Id)>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file);
            var name = Path.GetRelativePath(CorpusDirectory, file);
            expected.UnionWith(Expected(name, text));
            actual.UnionWith(await Actual(name, text));
        }

        var report = new StringBuilder();
        report.AppendLine("Rule   | TP | FP | FN | Precision | Recall");
        report.AppendLine("-------|----|----|----|-----------|-------");
        var failures = new List<string>();
        foreach (var id in Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal))
        {
            var tp = actual.Count(a => a.Id == id && expected.Contains(a));
            var fp = actual.Count(a => a.Id == id && !expected.Contains(a));
            var fn = expected.Count(e => e.Id == id && !actual.Contains(e));
            var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            report.AppendLine($"{id} | {tp} | {fp} | {fn} | {precision:P1} | {recall:P1}");
            if (precision < 1.0 || recall < 0.95)
                failures.Add(id);
        }

        foreach (var miss in expected.Except(actual).Order())
            report.AppendLine($"missed: {miss}");
        foreach (var extra in actual.Except(expected).Order())
            report.AppendLine($"unexpected: {extra}");
        output.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, "below goal: " + string.Join(", ", failures) + "\n" + report);
    }

    private static IEnumerable<(string File, int Line, string Id)> Expected(string name, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExpectMarker().Match(lines[i]);
            if (!match.Success)
                continue;
            foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                yield return (name, i + 1, id);
        }
    }

    private static async Task<IEnumerable<(string File, int Line, string Id)>> Actual(string name, string text)
    {
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12), path: name);
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(name),
            [tree],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{name} does not compile:\n" + string.Join("\n", errors));

        var options = EditorConfigMarker().Matches(text).ToImmutableDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim());
        var analyzerOptions = new AnalyzerOptions([], new DictionaryOptionsProvider(options));
        var diagnostics = await compilation.WithAnalyzers(Analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => (name, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id));
    }
}
