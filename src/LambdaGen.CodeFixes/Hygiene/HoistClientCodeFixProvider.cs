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
using Microsoft.CodeAnalysis.Formatting;

namespace LambdaGen.CodeFixes.Hygiene;

/// <summary>
/// LG1002: moves <c>new Client(...)</c> out of the handler into a <c>private static readonly</c> field (static
/// function) or a <c>private readonly</c> field set by the constructor (instance function: assigned at the top of
/// every block-bodied constructor that does not chain to <c>this(...)</c>, or a field initializer when the class
/// declares no constructor or a primary one). A <c>using</c> on the local is dropped, since the shared client must
/// outlive the invocation. Identical creations in one type share one field, which is why Fix All is a custom,
/// per-document provider rather than the batch fixer (two independent fixes would add two fields).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoistClientCodeFixProvider)), Shared]
public sealed class HoistClientCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "LG1002.HoistClient";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ClientCreatedInHandler);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !IsFixable(root, diagnostic))
                continue;
            var isStatic = diagnostic.Properties.TryGetValue(ClientCreationAnalyzer.IsStaticProperty, out var value) && value == "true";
            context.RegisterCodeFix(
                CodeAction.Create(
                    isStatic ? "Hoist to a static readonly field" : "Hoist to a readonly field",
                    async ct => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct).ConfigureAwait(false) ?? context.Document,
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static bool IsFixable(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ClientCreationAnalyzer.CanHoistProperty, out var canHoist) || canHoist != "true")
            return false;
        var creation = FindCreation(root, diagnostic);
        // A `using (var c = new ...) { }` statement would dispose the shared client; leave that to the user.
        return creation is not null
               && creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not null
               && !creation.Ancestors().Any(a => a is UsingStatementSyntax u && u.Declaration is not null && u.Declaration.Span.Contains(creation.Span));
    }

    private static BaseObjectCreationExpressionSyntax? FindCreation(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return null;

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var newFields = new Dictionary<TypeDeclarationSyntax, List<MemberDeclarationSyntax>>();
        var constructorAssignments = new Dictionary<TypeDeclarationSyntax, List<(string Field, ExpressionSyntax Value)>>();
        var reused = new Dictionary<(TypeDeclarationSyntax Type, bool IsStatic, string Text), string>();
        var usedNames = new Dictionary<TypeDeclarationSyntax, HashSet<string>>();

        // A creation nested in another diagnosed one (new HttpClient(new HttpClientHandler())) moves with its parent.
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (!IsFixable(root, diagnostic) || FindCreation(root, diagnostic) is not { } creation)
                continue;
            if (creation.Ancestors().OfType<BaseObjectCreationExpressionSyntax>().Any(outer => diagnostics.Any(d => d != diagnostic && d.Location.SourceSpan == outer.Span)))
                continue;
            var type = creation.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
            if (model.GetTypeInfo(creation, cancellationToken).Type is not { } clientType)
                continue;
            var isStatic = diagnostic.Properties.TryGetValue(ClientCreationAnalyzer.IsStaticProperty, out var s) && s == "true";

            var key = (type, isStatic, creation.WithoutTrivia().ToFullString());
            if (!reused.TryGetValue(key, out var fieldName))
            {
                if (!usedNames.TryGetValue(type, out var names))
                {
                    names = new HashSet<string>(model.GetDeclaredSymbol(type, cancellationToken)?.MemberNames ?? Enumerable.Empty<string>(), System.StringComparer.Ordinal);
                    usedNames[type] = names;
                }

                fieldName = UniqueName(FieldBaseName(clientType.Name, isStatic), names);
                reused[key] = fieldName;
                if (!newFields.TryGetValue(type, out var fields))
                    newFields[type] = fields = new List<MemberDeclarationSyntax>();
                var inConstructors = !isStatic && HasOnlyBlockBodiedConstructors(type);
                fields.Add(CreateField(clientType, fieldName, isStatic, inConstructors ? null : creation, creation.SpanStart, model));
                if (inConstructors)
                {
                    if (!constructorAssignments.TryGetValue(type, out var assignments))
                        constructorAssignments[type] = assignments = new List<(string, ExpressionSyntax)>();
                    assignments.Add((fieldName, creation.WithoutTrivia()));
                }
            }

            editor.ReplaceNode(creation, SyntaxFactory.IdentifierName(fieldName).WithTriviaFrom(creation));
            // `using var client = new HttpClient();` would now dispose the shared client at the end of the invocation.
            if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax local } } }
                && local.UsingKeyword.RawKind != 0)
            {
                editor.ReplaceNode(local, static (node, _) =>
                {
                    var statement = (LocalDeclarationStatementSyntax)node;
                    var leading = statement.GetLeadingTrivia();
                    return statement.WithAwaitKeyword(default).WithUsingKeyword(default).WithLeadingTrivia(leading);
                });
            }
        }

        foreach (var pair in newFields)
        {
            var fields = pair.Value;
            editor.ReplaceNode(pair.Key, (node, _) =>
            {
                var declaration = (TypeDeclarationSyntax)node;
                var index = LastFieldIndex(declaration) + 1;
                var indentation = Indentation(declaration);
                var endOfLine = declaration.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
                    endOfLine = SyntaxFactory.EndOfLine("\n");
                var placed = new List<MemberDeclarationSyntax>(fields.Count);
                for (var i = 0; i < fields.Count; i++)
                {
                    // The members after the new fields keep their own leading blank line; with no field before,
                    // add one so the fields stand apart from the first method.
                    var trailing = index == 0 && i == fields.Count - 1 && declaration.Members.Count > 0
                        ? SyntaxFactory.TriviaList(endOfLine, endOfLine)
                        : SyntaxFactory.TriviaList(endOfLine);
                    placed.Add(fields[i].WithLeadingTrivia(indentation).WithTrailingTrivia(trailing));
                }

                declaration = declaration.WithMembers(declaration.Members.InsertRange(index, placed));
                return constructorAssignments.TryGetValue(pair.Key, out var assignments) ? AssignInConstructors(declaration, assignments) : declaration;
            });
        }

        var changed = document.WithSyntaxRoot(editor.GetChangedRoot());
        return constructorAssignments.Count == 0
            ? changed
            : await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the class declares instance constructors and every one has a block body we can add to.</summary>
    private static bool HasOnlyBlockBodiedConstructors(TypeDeclarationSyntax type)
    {
        var constructors = type.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        return constructors.Count > 0 && constructors.All(c => c.Body is not null);
    }

    private static TypeDeclarationSyntax AssignInConstructors(TypeDeclarationSyntax declaration, List<(string Field, ExpressionSyntax Value)> assignments)
    {
        var statements = assignments.Select(a => (StatementSyntax)SyntaxFactory.ExpressionStatement(
            SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(a.Field), a.Value))).ToList();
        var constructors = declaration.Members.OfType<ConstructorDeclarationSyntax>()
            .Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword) && c.Body is not null && c.Initializer is not { ThisOrBaseKeyword.RawKind: (int)SyntaxKind.ThisKeyword })
            .ToList();
        return declaration.ReplaceNodes(constructors, (_, constructor) => constructor
            .WithBody(constructor.Body!.WithStatements(constructor.Body.Statements.InsertRange(0, statements)))
            .WithAdditionalAnnotations(Formatter.Annotation));
    }

    private static SyntaxTriviaList Indentation(TypeDeclarationSyntax declaration)
    {
        var first = declaration.Members.FirstOrDefault();
        var whitespace = first?.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) ?? default;
        return SyntaxFactory.TriviaList(whitespace.IsKind(SyntaxKind.WhitespaceTrivia) ? whitespace : SyntaxFactory.Whitespace("    "));
    }

    private static int LastFieldIndex(TypeDeclarationSyntax declaration)
    {
        var last = -1;
        for (var i = 0; i < declaration.Members.Count; i++)
        {
            if (declaration.Members[i] is FieldDeclarationSyntax)
                last = i;
        }

        return last;
    }

    private static MemberDeclarationSyntax CreateField(ITypeSymbol type, string name, bool isStatic, BaseObjectCreationExpressionSyntax? initializer, int position, SemanticModel model)
    {
        var modifiers = isStatic
            ? SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword))
            : SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword));
        var typeSyntax = SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(model, position));
        var declarator = SyntaxFactory.VariableDeclarator(name);
        if (initializer is not null)
            declarator = declarator.WithInitializer(SyntaxFactory.EqualsValueClause(initializer.WithoutTrivia()));
        return SyntaxFactory.FieldDeclaration(SyntaxFactory.VariableDeclaration(typeSyntax, SyntaxFactory.SingletonSeparatedList(declarator)))
            .WithModifiers(modifiers)
            .NormalizeWhitespace();
    }

    private static string FieldBaseName(string typeName, bool isStatic)
    {
        var camel = typeName.Length == 0 ? "client" : char.ToLowerInvariant(typeName[0]) + typeName.Substring(1);
        return (isStatic ? "s_" : "_") + camel;
    }

    private static string UniqueName(string baseName, HashSet<string> used)
    {
        var name = baseName;
        for (var i = 2; !used.Add(name); i++)
            name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }
}
