using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using LambdaGen.Generators.Analyzers.Hygiene;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes.Hygiene;

/// <summary>
/// LG1008: sets the HttpClient's Timeout one second under the function's (the analyzer computes the value):
/// adds <c>Timeout = TimeSpan.FromSeconds(n)</c> to the creation's initializer, or replaces the too-long value.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HttpClientTimeoutCodeFixProvider)), Shared]
public sealed class HttpClientTimeoutCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HttpClientTimeoutTooLong);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(HttpClientTimeoutAnalyzer.SecondsProperty, out var secondsText)
                || !int.TryParse(secondsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
                continue;
            diagnostic.Properties.TryGetValue(HttpClientTimeoutAnalyzer.KindProperty, out var kind);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var timeSpan = CodeFixHelpers.TypeName(model, node.SpanStart, "System.TimeSpan");
            var value = SyntaxFactory.ParseExpression(timeSpan + ".FromSeconds(" + seconds.ToString(CultureInfo.InvariantCulture) + ")");
            SyntaxNode target;
            SyntaxNode replacement;
            if (kind == "AddInitializer")
            {
                if (node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation)
                    continue;
                var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("Timeout"), value);
                target = creation;
                replacement = creation.Initializer is { } initializer
                    ? creation.WithInitializer(initializer.AddExpressions(assignment))
                    : creation.WithoutTrailingTrivia()
                        .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment)))
                        .WithTrailingTrivia(creation.GetTrailingTrivia());
            }
            else
            {
                target = node;
                replacement = value.WithTriviaFrom(node);
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Set Timeout to {seconds} s", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target, replacement))), "LG1008.SetTimeout"),
                diagnostic);
        }
    }
}
