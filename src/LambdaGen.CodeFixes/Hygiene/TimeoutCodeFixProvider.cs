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
/// LG1003 adds <c>Timeout = 30</c> to [LambdaFunction]; LG1004 and LG1005 rewrite the offending argument to the
/// value the analyzer computed (30 for the gateway limit, the clamped value for 1..900).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TimeoutCodeFixProvider)), Shared]
public sealed class TimeoutCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.MissingTimeout, DiagnosticIds.HttpTimeoutAboveGateway, DiagnosticIds.TimeoutOutOfRange);

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
            if (!diagnostic.Properties.TryGetValue(TimeoutAnalyzer.SecondsProperty, out var secondsText)
                || !int.TryParse(secondsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                || !diagnostic.Properties.TryGetValue(TimeoutAnalyzer.ArgumentProperty, out var argumentName) || argumentName is null)
                continue;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SyntaxNode? target;
            SyntaxNode? replacement;
            if (diagnostic.Id == DiagnosticIds.MissingTimeout)
            {
                var attribute = node.FirstAncestorOrSelf<AttributeSyntax>();
                target = attribute;
                replacement = attribute?.AddArgumentListArguments(SyntaxFactory.AttributeArgument(
                    SyntaxFactory.NameEquals(argumentName), null, CodeFixHelpers.Int(seconds)));
            }
            else
            {
                var argument = node.FirstAncestorOrSelf<AttributeArgumentSyntax>();
                target = argument?.Expression;
                replacement = CodeFixHelpers.Int(seconds).WithTriviaFrom(argument?.Expression ?? node);
            }

            if (target is null || replacement is null)
                continue;
            var title = $"Set {argumentName} = {seconds}";
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target, replacement))), diagnostic.Id + ".SetTimeout"),
                diagnostic);
        }
    }
}
