using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LambdaGen.CodeFixes.Hygiene;

internal static class CodeFixHelpers
{
    /// <summary>A fully qualified type name that the code action's cleanup shortens when a using allows it.</summary>
    public static TypeSyntax QualifiedType(string fullName)
        => SyntaxFactory.ParseTypeName("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation);

    public static ExpressionSyntax QualifiedExpression(string fullText)
        => SyntaxFactory.ParseExpression("global::" + fullText).WithAdditionalAnnotations(Simplifier.Annotation);

    public static LiteralExpressionSyntax Int(int value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary>Appends <paramref name="value"/> to the call, by name when <paramref name="parameterName"/> is given.</summary>
    public static ArgumentListSyntax AddArgument(ArgumentListSyntax list, ExpressionSyntax value, string? parameterName)
    {
        var argument = SyntaxFactory.Argument(value);
        if (parameterName is not null)
            argument = argument.WithNameColon(SyntaxFactory.NameColon(parameterName));
        return list.AddArguments(argument);
    }
}
