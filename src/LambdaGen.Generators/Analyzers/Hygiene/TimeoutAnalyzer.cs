using System.Collections.Immutable;
using System.Globalization;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Hygiene;

/// <summary>
/// LG1003 no timeout anywhere (AWS's 3 s default applies), LG1004 an HTTP function above API Gateway's 30 s,
/// LG1005 a timeout outside Lambda's 1..900 s. A value of 0 means "unset" (the attributes' default) and
/// falls back to the application's DefaultTimeout (or HttpApiTimeout for routes sharing the HTTP API function).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TimeoutAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the number of seconds the code fix writes.</summary>
    public const string SecondsProperty = "Seconds";

    /// <summary>Diagnostic property: the attribute argument name the code fix writes (Timeout, DefaultTimeout, HttpApiTimeout).</summary>
    public const string ArgumentProperty = "Argument";

    /// <summary>API Gateway's maximum integration timeout.</summary>
    public const int GatewayLimitSeconds = 30;

    /// <summary>Lambda's maximum timeout.</summary>
    public const int MaxSeconds = 900;

    /// <summary>The value LG1003's fix proposes: the longest an HTTP function may run, a sane start for others.</summary>
    public const int SuggestedSeconds = 30;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MissingTimeout, Descriptors.HttpTimeoutAboveGateway, Descriptors.TimeoutOutOfRange);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HygieneContext.For(start.Compilation) is not { } hygiene)
                return;
            start.RegisterSymbolAction(c => AnalyzeMethod(c, hygiene.Symbols), SymbolKind.Method);
            // The assembly attribute is not a symbol an analyzer can subscribe to; a tree action on its file is the
            // cheapest live (IDE) hook, and it returns at once for every other tree.
            if (hygiene.Symbols.ApplicationAttribute is { ApplicationSyntaxReference: not null } application)
                start.RegisterSyntaxTreeAction(c => AnalyzeApplication(c, application));
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, HygieneSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (!symbols.IsFunction(method))
            return;
        var timeout = symbols.GetTimeout(method);
        var own = HygieneSymbols.NamedInt(timeout.LambdaFunction, "Timeout");
        var ownSyntax = timeout.LambdaFunction?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;

        if (own != 0 && (own < 1 || own > MaxSeconds))
        {
            ReportArgument(context.ReportDiagnostic, Descriptors.TimeoutOutOfRange, ownSyntax, "Timeout", Clamp(own), "Timeout", own.ToString(CultureInfo.InvariantCulture), Clamp(own).ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (timeout.Source == FunctionTimeoutSource.None)
        {
            var location = ownSyntax?.GetLocation() ?? FirstFunctionAttribute(method, context) ?? method.Locations[0];
            var properties = ownSyntax is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty
                    .Add(SecondsProperty, SuggestedSeconds.ToString(CultureInfo.InvariantCulture))
                    .Add(ArgumentProperty, "Timeout");
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingTimeout, location, properties, method.Name));
            return;
        }

        if (!timeout.IsHttp || timeout.Seconds <= GatewayLimitSeconds || timeout.Seconds > MaxSeconds)
            return;
        var seconds = timeout.Seconds.ToString(CultureInfo.InvariantCulture);
        switch (timeout.Source)
        {
            case FunctionTimeoutSource.Function:
                ReportArgument(context.ReportDiagnostic, Descriptors.HttpTimeoutAboveGateway, ownSyntax, "Timeout", GatewayLimitSeconds, seconds, method.Name);
                break;
            case FunctionTimeoutSource.Default:
                // A route in the shared HTTP API function inherits DefaultTimeout; the fix is HttpApiTimeout.
                var location = FirstRouteAttribute(method, symbols, context) ?? method.Locations[0];
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HttpTimeoutAboveGateway, location, seconds, method.Name));
                break;
            // HttpApi: reported once, on the assembly attribute.
        }
    }

    private static void AnalyzeApplication(SyntaxTreeAnalysisContext context, AttributeData application)
    {
        if (application.ApplicationSyntaxReference is not { } reference || reference.SyntaxTree != context.Tree
            || reference.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            return;
        foreach (var name in new[] { "DefaultTimeout", "HttpApiTimeout" })
        {
            // Values come from the bound attribute (constants included); the syntax only gives the location.
            var value = HygieneSymbols.NamedInt(application, name);
            if (value == 0)
                continue;
            if (value < 1 || value > MaxSeconds)
                ReportArgument(context.ReportDiagnostic, Descriptors.TimeoutOutOfRange, syntax, name, Clamp(value), name, value.ToString(CultureInfo.InvariantCulture), Clamp(value).ToString(CultureInfo.InvariantCulture));
            else if (name == "HttpApiTimeout" && value > GatewayLimitSeconds)
                ReportArgument(context.ReportDiagnostic, Descriptors.HttpTimeoutAboveGateway, syntax, name, GatewayLimitSeconds, value.ToString(CultureInfo.InvariantCulture), "HTTP API");
        }
    }

    private static void ReportArgument(System.Action<Diagnostic> report, DiagnosticDescriptor descriptor, AttributeSyntax? attribute, string name, int fixSeconds, params object[] messageArgs)
    {
        if (attribute is null || FindArgument(attribute, name) is not { } argument)
            return;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(SecondsProperty, fixSeconds.ToString(CultureInfo.InvariantCulture))
            .Add(ArgumentProperty, name);
        report(Diagnostic.Create(descriptor, argument.GetLocation(), properties, messageArgs));
    }

    internal static AttributeArgumentSyntax? FindArgument(AttributeSyntax attribute, string name)
    {
        if (attribute.ArgumentList is null)
            return null;
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
                return argument;
        }

        return null;
    }

    private static int Clamp(int seconds) => seconds < 1 ? 1 : seconds > MaxSeconds ? MaxSeconds : seconds;

    private static Location? FirstFunctionAttribute(IMethodSymbol method, SymbolAnalysisContext context)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.ContainingNamespace?.Name == Common.WellKnownNames.Namespace
                && attribute.ApplicationSyntaxReference is { } reference)
                return reference.GetSyntax(context.CancellationToken).GetLocation();
        }

        return null;
    }

    private static Location? FirstRouteAttribute(IMethodSymbol method, HygieneSymbols symbols, SymbolAnalysisContext context)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (HygieneSymbols.InheritsFrom(attribute.AttributeClass, symbols.HttpRouteAttribute) && attribute.ApplicationSyntaxReference is { } reference)
                return reference.GetSyntax(context.CancellationToken).GetLocation();
        }

        return null;
    }
}
