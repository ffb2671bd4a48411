using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Analyzers.Triggers;

/// <summary>The kind of event a method attribute subscribes the function to.</summary>
internal enum TriggerKind
{
    None,
    Sqs,
    Sns,
    S3,
    Schedule,
    EventRule,
    DynamoDb,
    Kinesis,
    Http,
}

/// <summary>Which trigger an event or response type of LambdaGen.Events belongs to.</summary>
internal enum PayloadFamily
{
    None,
    Sqs,
    Sns,
    S3,
    EventBridge,
    DynamoDb,
    Kinesis,
    /// <summary><c>StreamsEventResponse</c>: Kinesis or DynamoDB Streams.</summary>
    Streams,
}

/// <summary>The attribute types, resolved once per compilation.</summary>
internal sealed class TriggerSymbols
{
    private const string EventsNamespace = "LambdaGen.Events";

    private TriggerSymbols(Compilation compilation, INamedTypeSymbol lambdaFunction)
    {
        LambdaFunction = lambdaFunction;
        Sqs = compilation.GetTypeByMetadataName(WellKnownNames.SqsTriggerAttribute);
        Sns = compilation.GetTypeByMetadataName(WellKnownNames.SnsTriggerAttribute);
        S3 = compilation.GetTypeByMetadataName(WellKnownNames.S3TriggerAttribute);
        Schedule = compilation.GetTypeByMetadataName(WellKnownNames.ScheduleTriggerAttribute);
        EventRule = compilation.GetTypeByMetadataName(WellKnownNames.EventRuleTriggerAttribute);
        DynamoDb = compilation.GetTypeByMetadataName(WellKnownNames.DynamoDbStreamTriggerAttribute);
        Kinesis = compilation.GetTypeByMetadataName(WellKnownNames.KinesisTriggerAttribute);
        HttpRoute = compilation.GetTypeByMetadataName(WellKnownNames.HttpRouteAttribute);
        FunctionUrl = compilation.GetTypeByMetadataName(WellKnownNames.FunctionUrlAttribute);
        Task = compilation.GetTypeByMetadataName(WellKnownNames.TaskOfT);
        ValueTask = compilation.GetTypeByMetadataName(WellKnownNames.ValueTaskOfT);
    }

    public INamedTypeSymbol LambdaFunction { get; }
    public INamedTypeSymbol? Sqs { get; }
    public INamedTypeSymbol? Sns { get; }
    public INamedTypeSymbol? S3 { get; }
    public INamedTypeSymbol? Schedule { get; }
    public INamedTypeSymbol? EventRule { get; }
    public INamedTypeSymbol? DynamoDb { get; }
    public INamedTypeSymbol? Kinesis { get; }
    public INamedTypeSymbol? HttpRoute { get; }
    public INamedTypeSymbol? FunctionUrl { get; }
    public INamedTypeSymbol? Task { get; }
    public INamedTypeSymbol? ValueTask { get; }

    /// <summary><c>null</c> when LambdaGen is not referenced: the analyzer then registers nothing.</summary>
    public static TriggerSymbols? Create(Compilation compilation)
        => compilation.GetTypeByMetadataName(WellKnownNames.LambdaFunctionAttribute) is { } lambdaFunction
            ? new TriggerSymbols(compilation, lambdaFunction)
            : null;

    public TriggerKind KindOf(INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return TriggerKind.None;
        }

        if (Is(attribute, Sqs))
        {
            return TriggerKind.Sqs;
        }

        if (Is(attribute, Sns))
        {
            return TriggerKind.Sns;
        }

        if (Is(attribute, S3))
        {
            return TriggerKind.S3;
        }

        if (Is(attribute, Schedule))
        {
            return TriggerKind.Schedule;
        }

        if (Is(attribute, EventRule))
        {
            return TriggerKind.EventRule;
        }

        if (Is(attribute, DynamoDb))
        {
            return TriggerKind.DynamoDb;
        }

        if (Is(attribute, Kinesis))
        {
            return TriggerKind.Kinesis;
        }

        if (Is(attribute, FunctionUrl))
        {
            return TriggerKind.Http;
        }

        for (var type = attribute; type is not null; type = type.BaseType)
        {
            if (Is(type, HttpRoute))
            {
                return TriggerKind.Http;
            }
        }

        return TriggerKind.None;
    }

    /// <summary>The trigger family of an event or response type, looking through <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> when asked.</summary>
    public PayloadFamily FamilyOf(ITypeSymbol type, bool unwrapTasks)
    {
        if (type is not INamedTypeSymbol named)
        {
            return PayloadFamily.None;
        }

        if (unwrapTasks && named.IsGenericType && (Is(named.OriginalDefinition, Task) || Is(named.OriginalDefinition, ValueTask)))
        {
            return FamilyOf(named.TypeArguments[0], unwrapTasks: false);
        }

        if (named.ContainingNamespace?.ToDisplayString() != EventsNamespace)
        {
            return PayloadFamily.None;
        }

        return named.OriginalDefinition.MetadataName switch
        {
            "SqsEvent" or "SqsEvent`1" or "SqsMessage" or "SqsMessage`1" or "SqsBatchResponse" => PayloadFamily.Sqs,
            "SnsEvent" or "SnsEvent`1" or "SnsRecord" or "SnsMessage" or "SnsMessage`1" => PayloadFamily.Sns,
            "S3Event" or "S3EventRecord" => PayloadFamily.S3,
            "EventBridgeEvent" or "EventBridgeEvent`1" => PayloadFamily.EventBridge,
            "DynamoDbStreamEvent" or "DynamoDbStreamEvent`1" or "DynamoDbStreamRecord" or "DynamoDbStreamRecord`1" => PayloadFamily.DynamoDb,
            "KinesisEvent" or "KinesisEvent`1" or "KinesisEventRecord" or "KinesisEventRecord`1" => PayloadFamily.Kinesis,
            "StreamsEventResponse" => PayloadFamily.Streams,
            _ => PayloadFamily.None,
        };
    }

    public static bool Accepts(TriggerKind kind, PayloadFamily family) => family switch
    {
        PayloadFamily.None => true,
        PayloadFamily.Sqs => kind == TriggerKind.Sqs,
        PayloadFamily.Sns => kind == TriggerKind.Sns,
        PayloadFamily.S3 => kind == TriggerKind.S3,
        PayloadFamily.EventBridge => kind is TriggerKind.Schedule or TriggerKind.EventRule,
        PayloadFamily.DynamoDb => kind == TriggerKind.DynamoDb,
        PayloadFamily.Kinesis => kind == TriggerKind.Kinesis,
        PayloadFamily.Streams => kind is TriggerKind.DynamoDb or TriggerKind.Kinesis,
        _ => true,
    };

    public static string FamilyName(PayloadFamily family) => family switch
    {
        PayloadFamily.Sqs => "SQS",
        PayloadFamily.Sns => "SNS",
        PayloadFamily.S3 => "S3",
        PayloadFamily.EventBridge => "EventBridge (schedule or event rule)",
        PayloadFamily.DynamoDb => "DynamoDB Streams",
        PayloadFamily.Kinesis => "Kinesis",
        _ => "Kinesis or DynamoDB Streams",
    };

    public static string AttributeName(TriggerKind kind) => kind switch
    {
        TriggerKind.Sqs => "SqsTrigger",
        TriggerKind.Sns => "SnsTrigger",
        TriggerKind.S3 => "S3Trigger",
        TriggerKind.Schedule => "ScheduleTrigger",
        TriggerKind.EventRule => "EventRuleTrigger",
        TriggerKind.DynamoDb => "DynamoDbStreamTrigger",
        TriggerKind.Kinesis => "KinesisTrigger",
        _ => "an HTTP route or FunctionUrl",
    };

    /// <summary>The payload types a trigger kind accepts, for messages.</summary>
    public static string Expected(TriggerKind kind) => kind switch
    {
        TriggerKind.Sqs => "SqsEvent<T>, SqsMessage<T>, SqsEvent or SqsMessage (and SqsBatchResponse as the result)",
        TriggerKind.Sns => "SnsEvent<T>, SnsMessage<T>, SnsEvent or SnsMessage",
        TriggerKind.S3 => "S3Event or S3EventRecord",
        TriggerKind.Schedule => "EventBridgeEvent<T>, EventBridgeEvent, or your Input type",
        TriggerKind.EventRule => "EventBridgeEvent<T> or EventBridgeEvent",
        TriggerKind.DynamoDb => "DynamoDbStreamEvent<T>, DynamoDbStreamRecord<T>, DynamoDbStreamEvent or DynamoDbStreamRecord (and StreamsEventResponse as the result)",
        TriggerKind.Kinesis => "KinesisEvent<T>, KinesisEventRecord<T>, KinesisEvent or KinesisEventRecord (and StreamsEventResponse as the result)",
        _ => "the trigger's event type",
    };

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
