using System.Collections.Immutable;
using LambdaGen.CodeFixes.Migration;
using LambdaGen.Generators.Analyzers.Migration;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Interop.Tests;

/// <summary>Runs the migration analyzer and code fix in an ad-hoc workspace (AWS flavour references).</summary>
internal static class CodeFixHarness
{
    public static Project CreateProject(params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Shop", "Shop", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }),
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: GeneratorHarness.References.Append(InteropHarness.Stubs)));
        for (var i = 0; i < sources.Length; i++)
        {
            project = project.AddDocument($"Source{i}.cs", SourceText.From(sources[i]), filePath: $"/src/Source{i}.cs").Project;
        }

        return project;
    }

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return (await compilation.WithAnalyzers([new AnnotationsMigrationAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .OrderBy(static d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(static d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>The code actions offered for one diagnostic.</summary>
    public static async Task<List<CodeAction>> ActionsAsync(Project project, Diagnostic diagnostic)
    {
        var document = project.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await new AnnotationsMigrationCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        return actions;
    }

    public static async Task<Project> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetProject(project.Id)!;
    }

    /// <summary>Fix All in the solution with the given equivalence key, as the IDE does.</summary>
    public static async Task<Project> FixAllAsync(Project project, string equivalenceKey)
    {
        var diagnostics = await DiagnosticsAsync(project);
        var fixable = diagnostics.Where(static d => d.Id == "LG0030").ToList();
        var first = fixable.First();
        var provider = new AnnotationsMigrationCodeFix();
        var context = new FixAllContext(
            project.GetDocument(first.Location.SourceTree)!, provider, FixAllScope.Solution, equivalenceKey, ["LG0030"],
            new Provider(fixable), CancellationToken.None);
        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        return await ApplyAsync(action!, project);
    }

    public static async Task<string[]> TextsAsync(Project project)
    {
        var texts = new List<string>();
        foreach (var document in project.Documents.OrderBy(static d => d.Name, StringComparer.Ordinal))
        {
            texts.Add((await document.GetTextAsync()).ToString());
        }

        return texts.ToArray();
    }

    private sealed class Provider(List<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = document.GetSyntaxTreeAsync(cancellationToken).Result;
            return Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == tree?.FilePath));
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
