using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Generators.Analyzers.Hygiene;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace LambdaGen.CodeFixes.Hygiene;

/// <summary>
/// LG1007: adds a <c>CancellationToken cancellationToken</c> parameter to the function (the generator binds it
/// to the invocation's deadline) and passes it to the call. Fix All adds the parameter once per function and
/// passes it to every flagged call in it, so it is a per-document provider rather than the batch fixer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCancellationTokenParameterCodeFixProvider)), Shared]
public sealed class AddCancellationTokenParameterCodeFixProvider : CodeFixProvider
{
    private const string ParameterName = "cancellationToken";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CancellationTokenNotAvailable);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a CancellationToken parameter and pass it",
                    async ct => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct).ConfigureAwait(false) ?? context.Document,
                    "LG1007.AddTokenParameter"),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return null;
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var methods = new Dictionary<MethodDeclarationSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            var invocation = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
            var method = invocation?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (invocation is null || method is null)
                continue;
            if (!methods.TryGetValue(method, out var name))
            {
                name = UniqueName(method);
                methods[method] = name;
            }

            diagnostic.Properties.TryGetValue(CancellationAnalyzer.ParameterNameProperty, out var parameterName);
            var token = SyntaxFactory.IdentifierName(name);
            editor.ReplaceNode(invocation, (node, _) =>
            {
                var current = (InvocationExpressionSyntax)node;
                return current.WithArgumentList(CodeFixHelpers.AddArgument(current.ArgumentList, token, parameterName));
            });
        }

        foreach (var pair in methods)
        {
            var name = pair.Value;
            var typeName = CodeFixHelpers.TypeName(model, pair.Key.SpanStart, "System.Threading.CancellationToken");
            editor.ReplaceNode(pair.Key, (node, _) => AddParameter((MethodDeclarationSyntax)node, typeName, name));
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }

    private static string UniqueName(MethodDeclarationSyntax method)
    {
        var taken = new HashSet<string>(method.ParameterList.Parameters.Select(p => p.Identifier.ValueText), System.StringComparer.Ordinal);
        foreach (var token in method.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
                taken.Add(token.ValueText);
        }

        var name = ParameterName;
        for (var i = 2; taken.Contains(name); i++)
            name = ParameterName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }

    /// <summary>Adds the parameter before any optional or params parameter, where a required one is still legal.</summary>
    private static MethodDeclarationSyntax AddParameter(MethodDeclarationSyntax method, string typeName, string name)
    {
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(SyntaxFactory.ParseTypeName(typeName).WithTrailingTrivia(SyntaxFactory.Space));
        var parameters = method.ParameterList.Parameters;
        var index = parameters.Count;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Default is not null || parameters[i].Modifiers.Any(SyntaxKind.ParamsKeyword))
            {
                index = i;
                break;
            }
        }

        return method.WithParameterList(method.ParameterList.WithParameters(parameters.Insert(index, parameter)));
    }
}
