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

/// <summary>
/// LG1009: <c>async void</c> becomes <c>async Task</c>. LG1011: <c>t.Result</c>, <c>t.Wait()</c> and
/// <c>t.GetAwaiter().GetResult()</c> become <c>await t</c> when the enclosing method or lambda is already async.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncCodeFixProvider)), Shared]
public sealed class AsyncCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.AsyncVoidFunction, DiagnosticIds.SyncOverAsyncInHandler);

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == DiagnosticIds.AsyncVoidFunction)
            {
                if (node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
                    continue;
                var task = SyntaxFactory.ParseTypeName(CodeFixHelpers.TypeName(model, method.SpanStart, "System.Threading.Tasks.Task")).WithTriviaFrom(method.ReturnType);
                context.RegisterCodeFix(
                    CodeAction.Create("Return Task", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method.ReturnType, task))), "LG1009.ReturnTask"),
                    diagnostic);
                continue;
            }

            if (!diagnostic.Properties.TryGetValue(AsyncUsageAnalyzer.CanAwaitProperty, out var canAwait) || canAwait != "true")
                continue;
            if (node is not ExpressionSyntax blocking || AwaitedTask(blocking) is not { } awaited)
                continue;
            ExpressionSyntax replacement = SyntaxFactory.AwaitExpression(awaited.WithoutTrivia());
            // `await` binds looser than member access: `(await t).Length`, but `return await t;` needs no parentheses.
            if (blocking.Parent is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or ConditionalAccessExpressionSyntax or BinaryExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax)
                replacement = SyntaxFactory.ParenthesizedExpression(replacement);
            replacement = replacement.WithTriviaFrom(blocking);
            context.RegisterCodeFix(
                CodeAction.Create("Await the task", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(blocking, replacement))), "LG1011.Await"),
                diagnostic);
        }
    }

    /// <summary>The task expression inside <c>t.Result</c>, <c>t.Wait()</c> or <c>t.GetAwaiter().GetResult()</c>.</summary>
    private static ExpressionSyntax? AwaitedTask(ExpressionSyntax blocking) => blocking switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result => result.Expression,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } wait, ArgumentList.Arguments.Count: 0 } => wait.Expression,
        InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax
            {
                Name.Identifier.ValueText: "GetResult",
                Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter },
            },
        } => getAwaiter.Expression,
        _ => null,
    };
}
