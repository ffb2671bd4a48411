using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes.Hygiene;

internal static class CodeFixHelpers
{
    /// <summary>
    /// The shortest name of a type that binds at <paramref name="position"/> (<c>TimeSpan</c> under
    /// <c>using System;</c>, <c>System.TimeSpan</c> otherwise), so fixes do not depend on a cleanup pass.
    /// </summary>
    public static string TypeName(SemanticModel model, int position, string metadataName)
        => model.Compilation.GetTypeByMetadataName(metadataName) is { } type
            ? type.ToMinimalDisplayString(model, position)
            : "global::" + metadataName;

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
