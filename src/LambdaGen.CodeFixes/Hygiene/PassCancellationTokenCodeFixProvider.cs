using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LambdaGen.Generators.Analyzers.Hygiene;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes.Hygiene;

/// <summary>LG1006: passes the token that is already in scope to the outbound call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassCancellationTokenCodeFixProvider)), Shared]
public sealed class PassCancellationTokenCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CancellationTokenNotPassed);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CancellationAnalyzer.TokenProperty, out var token) || token is null)
                continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
                continue;
            diagnostic.Properties.TryGetValue(CancellationAnalyzer.ParameterNameProperty, out var parameterName);
            var fixedInvocation = invocation.WithArgumentList(CodeFixHelpers.AddArgument(invocation.ArgumentList, SyntaxFactory.IdentifierName(token), parameterName));
            context.RegisterCodeFix(
                CodeAction.Create($"Pass '{token}'", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, fixedInvocation))), "LG1006.PassToken"),
                diagnostic);
        }
    }
}
