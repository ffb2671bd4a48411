using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Triggers;

/// <summary>
/// LG0301-LG0320: checks trigger attributes against the limits AWS documents, before deployment would reject them.
/// Every diagnostic points at the offending attribute argument (or parameter type, for payload mismatches).
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed partial class TriggerAttributeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.SqsBatchSizeOutOfRange,
        Descriptors.SqsFifoBatchingWindow,
        Descriptors.BatchingWindowOutOfRange,
        Descriptors.MaximumConcurrencyOutOfRange,
        Descriptors.InvalidScheduleExpression,
        Descriptors.InvalidRateExpression,
        Descriptors.InvalidCronExpression,
        Descriptors.CronDayFieldsConflict,
        Descriptors.S3BucketNotTemplateReference,
        Descriptors.StreamBatchSizeOutOfRange,
        Descriptors.InvalidStartingPosition,
        Descriptors.StartingPositionTimestampMismatch,
        Descriptors.MaximumRetryAttemptsOutOfRange,
        Descriptors.TriggerPayloadMismatch,
        Descriptors.IncompatibleTriggers,
        Descriptors.InvalidTriggerJson,
        Descriptors.InvalidEventSourceReference,
        Descriptors.InvalidS3EventType,
        Descriptors.TriggerWithoutLambdaFunction,
        Descriptors.OverlappingS3Notifications);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (TriggerSymbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            var notifications = new ConcurrentQueue<S3Notification>();
            start.RegisterSymbolAction(c => AnalyzeMethod(c, symbols, notifications), SymbolKind.Method);
            start.RegisterCompilationEndAction(c => ReportOverlappingNotifications(c, notifications));
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, TriggerSymbols symbols, ConcurrentQueue<S3Notification> notifications)
    {
        var method = (IMethodSymbol)context.Symbol;
        var isFunction = false;
        List<(AttributeData Attribute, TriggerKind Kind)>? triggers = null;
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.LambdaFunction))
            {
                isFunction = true;
            }
            else if (symbols.KindOf(attribute.AttributeClass) is var kind and not TriggerKind.None)
            {
                (triggers ??= []).Add((attribute, kind));
            }
        }

        if (triggers is null || triggers.All(static t => t.Kind == TriggerKind.Http))
        {
            return;
        }

        var reporter = new Reporter(context);
        foreach (var (attribute, kind) in triggers)
        {
            CheckArguments(reporter, attribute, kind, method, notifications);
            if (!isFunction && kind != TriggerKind.Http)
            {
                reporter.Report(Descriptors.TriggerWithoutLambdaFunction, reporter.AttributeLocation(attribute), method.Name, TriggerSymbols.AttributeName(kind));
            }
        }

        var first = triggers[0];
        foreach (var (attribute, kind) in triggers.Skip(1))
        {
            if (kind != first.Kind)
            {
                reporter.Report(Descriptors.IncompatibleTriggers, reporter.AttributeLocation(attribute), TriggerSymbols.AttributeName(kind), TriggerSymbols.AttributeName(first.Kind));
            }
        }

        var eventKind = triggers.First(static t => t.Kind != TriggerKind.Http).Kind;
        if (first.Kind != TriggerKind.Http)
        {
            CheckPayloadTypes(reporter, symbols, method, eventKind);
        }
    }

    private static void CheckArguments(Reporter reporter, AttributeData attribute, TriggerKind kind, IMethodSymbol method, ConcurrentQueue<S3Notification> notifications)
    {
        switch (kind)
        {
            case TriggerKind.Sqs:
                CheckSqs(reporter, attribute);
                break;
            case TriggerKind.Sns:
                CheckReference(reporter, attribute, "sns", "SNS topic", "an SNS topic ARN (arn:aws:sns:region:account:name)");
                CheckJsonArgument(reporter, attribute, "FilterPolicy", requireObject: true);
                break;
            case TriggerKind.S3:
                CheckS3(reporter, attribute, method, notifications);
                break;
            case TriggerKind.Schedule:
                CheckSchedule(reporter, attribute);
                break;
            case TriggerKind.EventRule:
                CheckEventRule(reporter, attribute);
                break;
            case TriggerKind.DynamoDb:
                CheckReference(reporter, attribute, "dynamodb", "DynamoDB stream", "a stream ARN (arn:aws:dynamodb:region:account:table/name/stream/label)");
                CheckStream(reporter, attribute, "DynamoDB", kinesis: false);
                break;
            case TriggerKind.Kinesis:
                CheckReference(reporter, attribute, "kinesis", "Kinesis stream", "a stream ARN (arn:aws:kinesis:region:account:stream/name)");
                CheckStream(reporter, attribute, "Kinesis", kinesis: true);
                break;
        }
    }

    private static void CheckPayloadTypes(Reporter reporter, TriggerSymbols symbols, IMethodSymbol method, TriggerKind kind)
    {
        foreach (var parameter in method.Parameters)
        {
            var family = symbols.FamilyOf(parameter.Type, unwrapTasks: false);
            if (!TriggerSymbols.Accepts(kind, family))
            {
                var location = parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(reporter.CancellationToken) is ParameterSyntax { Type: { } type }
                    ? type.GetLocation()
                    : parameter.Locations.FirstOrDefault();
                ReportMismatch(reporter, location, "Parameter type", parameter.Type, family, kind);
            }
        }

        var returned = symbols.FamilyOf(method.ReturnType, unwrapTasks: true);
        if (!TriggerSymbols.Accepts(kind, returned))
        {
            var location = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(reporter.CancellationToken) is MethodDeclarationSyntax declaration
                ? declaration.ReturnType.GetLocation()
                : method.Locations.FirstOrDefault();
            ReportMismatch(reporter, location, "Return type", method.ReturnType, returned, kind);
        }
    }

    private static void ReportMismatch(Reporter reporter, Location? location, string what, ITypeSymbol type, PayloadFamily family, TriggerKind kind)
        => reporter.Report(Descriptors.TriggerPayloadMismatch, location, what, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            TriggerSymbols.FamilyName(family), "[" + TriggerSymbols.AttributeName(kind) + "]", TriggerSymbols.Expected(kind));

    /// <summary>Reports with the narrowest location: the argument, else the attribute.</summary>
    private readonly struct Reporter(SymbolAnalysisContext context)
    {
        public CancellationToken CancellationToken => context.CancellationToken;

        public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] args)
            => context.ReportDiagnostic(Diagnostic.Create(descriptor, location ?? Location.None, args));

        public Location? AttributeLocation(AttributeData attribute)
            => attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();

        /// <summary>The location of a named argument (<paramref name="name"/>) or of the constructor argument at <paramref name="position"/>.</summary>
        public Location? ArgumentLocation(AttributeData attribute, string? name, int position = 0)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            {
                return null;
            }

            if (syntax.ArgumentList is { } list)
            {
                var index = 0;
                foreach (var argument in list.Arguments)
                {
                    if (name is not null)
                    {
                        if (argument.NameEquals?.Name.Identifier.ValueText == name)
                        {
                            return argument.GetLocation();
                        }
                    }
                    else if (argument.NameEquals is null)
                    {
                        if (index++ == position)
                        {
                            return argument.GetLocation();
                        }
                    }
                }
            }

            return syntax.GetLocation();
        }
    }
}
