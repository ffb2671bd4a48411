using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Generators.Analyzers.Migration;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LambdaGen.CodeFixes.Migration;

/// <summary>
/// LG0030: rewrites Amazon.Lambda.Annotations attributes as LambdaGen's, in place. Two actions on routes that are
/// their own function: keep one function per route (the default), or move the route into the application's HTTP API
/// function (drops the route's [LambdaFunction], so the route joins the shared route table). Fix All applies the
/// chosen action to every Annotations attribute of the scope, then tidies the usings once per document.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AnnotationsMigrationCodeFix)), Shared]
public sealed class AnnotationsMigrationCodeFix : CodeFixProvider
{
    public const string RewriteKey = "LG0030.Rewrite";
    public const string MergeKey = "LG0030.MergeIntoHttpApi";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AnnotationsAttribute);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static (context, document, diagnostics) =>
            RewriteAsync(document, diagnostics, context.CodeActionEquivalenceKey == MergeKey, context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id != DiagnosticIds.AnnotationsAttribute)
            {
                continue;
            }

            var title = diagnostic.Properties.TryGetValue(AnnotationsMap.KindProperty, out var kind) && kind == nameof(MigrationKind.Remove)
                ? "Remove the Lambda Annotations attribute (LambdaGen needs none)"
                : "Use LambdaGen's attribute";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => RewriteAsync(context.Document, ImmutableArray.Create(diagnostic), merge: false, ct), RewriteKey),
                diagnostic);
            if (diagnostic.Properties.ContainsKey(AnnotationsMap.MergeProperty))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Move route into the HTTP API function", ct => RewriteAsync(context.Document, ImmutableArray.Create(diagnostic), merge: true, ct), MergeKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    internal static async Task<Document> RewriteAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool merge, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<AttributeSyntax, AttributeSyntax>();
        var removals = new HashSet<AttributeSyntax>();
        foreach (var diagnostic in diagnostics.OrderBy(static d => d.Location.SourceSpan.Start))
        {
            if (diagnostic.Id != DiagnosticIds.AnnotationsAttribute
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute
                || model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol { ContainingType: var type }
                || AnnotationsMap.Find(type) is not { } mapping)
            {
                continue;
            }

            var replacement = mapping.Kind switch
            {
                MigrationKind.Rename => Rename(attribute, mapping, model, cancellationToken),
                MigrationKind.Route => Route(attribute, model, cancellationToken),
                _ => null,
            };

            if (replacement is null)
            {
                removals.Add(attribute);
            }
            else
            {
                replacements[attribute] = replacement;
            }

            if (merge && mapping.Kind == MigrationKind.Route && attribute.Parent?.Parent is MethodDeclarationSyntax method)
            {
                foreach (var function in method.AttributeLists.SelectMany(static l => l.Attributes))
                {
                    if (model.GetSymbolInfo(function, cancellationToken).Symbol is IMethodSymbol { ContainingType: var functionType }
                        && functionType.Name == AnnotationsMap.LambdaFunction
                        && AnnotationsMap.IsAnnotationsNamespace(functionType.ContainingNamespace))
                    {
                        removals.Add(function);
                    }
                }
            }
        }

        foreach (var attribute in removals)
        {
            replacements.Remove(attribute);
        }

        var changed = document.WithSyntaxRoot(new AttributeRewriter(replacements, removals).Visit(root));
        changed = await RemoveUnneededAnnotationsUsingsAsync(changed, cancellationToken).ConfigureAwait(false);
        changed = await AddLambdaGenUsingIfSafeAsync(changed, cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static NameSyntax LambdaGenName(string name)
        => SyntaxFactory.ParseName("global::LambdaGen." + name).WithAdditionalAnnotations(Simplifier.Annotation);

    private static AttributeSyntax Rename(AttributeSyntax attribute, AnnotationsMapping mapping, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = new List<AttributeArgumentSyntax>();
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is null && argument.NameColon is null)
            {
                arguments.Add(argument);
                continue;
            }

            var name = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon!.Name.Identifier.ValueText;
            if (!mapping.Arguments.TryGetValue(name, out var target) || target is null)
            {
                continue;
            }

            var expression = argument.Expression;
            // Enum-typed Annotations settings (FunctionUrl AuthType) are strings in LambdaGen.
            if (model.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } member)
            {
                expression = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(member.Name));
            }

            arguments.Add(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(target), null, expression.WithoutTrivia()));
        }

        return Build(attribute, mapping.Target, arguments);
    }

    private static AttributeSyntax? Route(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        if (attribute.ArgumentList is not { Arguments.Count: >= 2 } list
            || model.GetSymbolInfo(list.Arguments[0].Expression, cancellationToken).Symbol is not IFieldSymbol method
            || AnnotationsMap.RouteAttribute(method.Name) is not { } target)
        {
            return attribute;
        }

        var template = list.Arguments[1].Expression;
        if (model.GetConstantValue(template, cancellationToken) is { HasValue: true, Value: string text } && template is LiteralExpressionSyntax)
        {
            template = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(AnnotationsMap.ConvertTemplate(text)));
        }

        var arguments = new List<AttributeArgumentSyntax>();
        if (target == "HttpRoute")
        {
            arguments.Add(SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("ANY"))));
        }

        arguments.Add(SyntaxFactory.AttributeArgument(template.WithoutTrivia()));
        return Build(attribute, target, arguments);
    }

    private static AttributeSyntax Build(AttributeSyntax original, string name, List<AttributeArgumentSyntax> arguments)
        => SyntaxFactory.Attribute(LambdaGenName(name), arguments.Count == 0 ? null : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(original);

    /// <summary>Drops each <c>using Amazon.Lambda.Annotations*;</c> whose removal adds no compile error (nothing else in the file needs it).</summary>
    private static async Task<Document> RemoveUnneededAnnotationsUsingsAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var usings = root.DescendantNodes().OfType<UsingDirectiveSyntax>()
            // Global usings serve other files too: this fix only sees this one, so it leaves them alone.
            .Where(static u => u.Alias is null && u.GlobalKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() is { } n && (n == AnnotationsMap.RootNamespace || n.StartsWith(AnnotationsMap.RootNamespace + ".", System.StringComparison.Ordinal)))
            .Select(static u => u.Name!.ToString())
            .ToList();
        var errors = await ErrorCountAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var name in usings)
        {
            var current = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var directive = current!.DescendantNodes().OfType<UsingDirectiveSyntax>().FirstOrDefault(u => u.Alias is null && u.Name?.ToString() == name);
            if (directive is null)
            {
                continue;
            }

            var candidate = document.WithSyntaxRoot(current.RemoveNode(directive, SyntaxRemoveOptions.KeepNoTrivia)!);
            var candidateErrors = await ErrorCountAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (candidateErrors <= errors)
            {
                document = candidate;
                errors = candidateErrors;
            }
        }

        return document;
    }

    /// <summary>
    /// Adds <c>using LambdaGen;</c>. LambdaGen and Amazon.Lambda.Core both declare ILambdaContext and ILambdaLogger:
    /// names that become ambiguous get an alias to the type they meant before (so handlers keep AWS's context, which
    /// LambdaGen binds through its adapter). If errors remain, the using is not added and names stay qualified.
    /// </summary>
    private static async Task<Document> AddLambdaGenUsingIfSafeAsync(Document document, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
            || root.Usings.Any(static u => u.Alias is null && u.Name?.ToString() == "LambdaGen"))
        {
            return document;
        }

        // After System.* and the namespaces that sort before LambdaGen, before the rest and before aliases.
        var index = 0;
        for (var i = 0; i < root.Usings.Count; i++)
        {
            var existing = root.Usings[i];
            var name = existing.Name?.ToString() ?? "";
            if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None))
            {
                break;
            }

            if (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal) || string.CompareOrdinal(name, "LambdaGen") < 0)
            {
                index = i + 1;
            }
        }

        // The file's own line ending (the formatter would otherwise leave elastic CRLFs in LF files).
        var newLine = root.DescendantTrivia().FirstOrDefault(static t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";
        var usings = root.Usings.Insert(index, Using("LambdaGen", null, newLine));
        var candidate = document.WithSyntaxRoot(root.WithUsings(usings));
        var before = await ErrorCountAsync(document, cancellationToken).ConfigureAwait(false);
        var model = await candidate.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var candidateRoot = await candidate.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || candidateRoot is null)
        {
            return document;
        }

        var aliases = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var error in model.GetDiagnostics(cancellationToken: cancellationToken).Where(static d => d.Id == "CS0104"))
        {
            if (candidateRoot.FindNode(error.Location.SourceSpan, getInnermostNodeForTie: true) is SimpleNameSyntax name
                && model.GetSymbolInfo(name, cancellationToken).CandidateSymbols.FirstOrDefault(static c => c.ContainingNamespace?.ToDisplayString() != "LambdaGen") is INamedTypeSymbol meant)
            {
                if (AnnotationsMap.IsAnnotationsNamespace(meant.ContainingNamespace))
                {
                    // Annotations attributes not migrated yet: keep LambdaGen's names qualified until they are.
                    return document;
                }

                aliases[name.Identifier.ValueText] = meant.ToDisplayString();
            }
        }

        foreach (var alias in aliases)
        {
            usings = usings.Add(Using(alias.Value, alias.Key, newLine));
        }

        candidate = document.WithSyntaxRoot(root.WithUsings(usings));
        var after = await ErrorCountAsync(candidate, cancellationToken).ConfigureAwait(false);
        return after <= before ? candidate : document;
    }

    private static UsingDirectiveSyntax Using(string name, string? alias, string newLine)
        => (alias is null
                ? SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(name))
                : SyntaxFactory.UsingDirective(SyntaxFactory.NameEquals(alias), SyntaxFactory.ParseName(name)))
            .NormalizeWhitespace()
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));

    private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is null ? 0 : model.GetDiagnostics(cancellationToken: cancellationToken).Count(static d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>
    /// Applies replacements and removals in one pass. A removed attribute list's leading comments (XML docs) and blank lines move to
    /// the token that follows it; its whitespace and line break go with it.
    /// </summary>
    private sealed class AttributeRewriter(Dictionary<AttributeSyntax, AttributeSyntax> replacements, HashSet<AttributeSyntax> removals) : CSharpSyntaxRewriter
    {
        private readonly Dictionary<SyntaxToken, SyntaxTriviaList> _carried = new();

        public override SyntaxNode? VisitAttributeList(AttributeListSyntax node)
        {
            if (node.Attributes.All(removals.Contains))
            {
                // Consecutive removed lists pass the first one's comments along.
                var leading = _carried.TryGetValue(node.GetFirstToken(), out var earlier) ? earlier : node.GetLeadingTrivia();
                if (leading.Any(static t => !t.IsKind(SyntaxKind.WhitespaceTrivia)))
                {
                    _carried[node.GetLastToken().GetNextToken()] = leading;
                }

                return null;
            }

            var kept = node.Attributes.Where(a => !removals.Contains(a)).ToList();
            var visited = (AttributeListSyntax)base.VisitAttributeList(node)!;
            return kept.Count == node.Attributes.Count
                ? visited
                : visited.WithAttributes(SyntaxFactory.SeparatedList(visited.Attributes.Where((_, i) => !removals.Contains(node.Attributes[i]))));
        }

        public override SyntaxNode? VisitAttribute(AttributeSyntax node)
            => replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitAttribute(node);

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            var visited = base.VisitToken(token);
            if (_carried.TryGetValue(token, out var leading))
            {
                var own = visited.LeadingTrivia.SkipWhile(static t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));
                visited = visited.WithLeadingTrivia(leading.AddRange(own));
            }

            return visited;
        }
    }
}
