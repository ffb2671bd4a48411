using System.Reflection;
using LambdaGen.Generators.Analyzers.Triggers;
using LambdaGen.Generators.Triggers;

namespace LambdaGen.Triggers.Tests;

/// <summary>The generator-side table must name helpers that exist in the runtime, with the promised shapes.</summary>
public sealed class TriggerCatalogTests
{
    public static TheoryData<string, string?> Payloads() => new()
    {
        { "Sqs", "LambdaGen.Events.SqsEvent`1" }, { "Sqs", "LambdaGen.Events.SqsEvent" },
        { "Sqs", "LambdaGen.Events.SqsMessage`1" }, { "Sqs", "LambdaGen.Events.SqsMessage" },
        { "Sns", "LambdaGen.Events.SnsEvent`1" }, { "Sns", "LambdaGen.Events.SnsEvent" },
        { "Sns", "LambdaGen.Events.SnsMessage`1" }, { "Sns", "LambdaGen.Events.SnsMessage" },
        { "S3", "LambdaGen.Events.S3Event" }, { "S3", "LambdaGen.Events.S3EventRecord" },
        { "Schedule", "LambdaGen.Events.EventBridgeEvent`1" }, { "Schedule", "LambdaGen.Events.EventBridgeEvent" },
        { "Schedule", null }, { "Schedule", "MyApp.ReportRequest" }, { "Schedule", "System.Text.Json.JsonElement" },
        { "EventRule", "LambdaGen.Events.EventBridgeEvent`1" }, { "EventRule", "LambdaGen.Events.EventBridgeEvent" },
        { "EventRule", null }, { "S3", null },
        { "DynamoDb", "LambdaGen.Events.DynamoDbStreamEvent`1" }, { "DynamoDb", "LambdaGen.Events.DynamoDbStreamEvent" },
        { "DynamoDb", "LambdaGen.Events.DynamoDbStreamRecord`1" }, { "DynamoDb", "LambdaGen.Events.DynamoDbStreamRecord" },
        { "Kinesis", "LambdaGen.Events.KinesisEvent`1" }, { "Kinesis", "LambdaGen.Events.KinesisEvent" },
        { "Kinesis", "LambdaGen.Events.KinesisEventRecord`1" }, { "Kinesis", "LambdaGen.Events.KinesisEventRecord" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Resolved_helper_exists_with_the_promised_shape(string kind, string? payload)
    {
        var call = TriggerCatalog.Resolve(Kind(kind), payload);
        Assert.NotNull(call);

        var runtime = typeof(SqsTrigger).Assembly;
        var helper = runtime.GetType(call.HelperType.Replace("global::", "", StringComparison.Ordinal), throwOnError: true)!;
        var candidates = helper.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == call.Method && m.IsGenericMethodDefinition == call.NeedsTypeInfo)
            .Where(m => m.GetParameters().Length == (call.NeedsTypeInfo ? 3 : 2))
            .Where(m => Accepts(m, payload, call))
            .ToList();

        Assert.Single(candidates);
    }

    [Theory]
    [InlineData("Sqs", "LambdaGen.Events.SnsEvent`1")]
    [InlineData("Sqs", null)]
    [InlineData("Kinesis", "MyApp.Order")]
    [InlineData("EventRule", "LambdaGen.Events.S3Event")]
    [InlineData("Schedule", "LambdaGen.Events.SqsEvent`1")]
    public void Payloads_a_trigger_cannot_deliver_resolve_to_nothing(string kind, string? payload)
        => Assert.Null(TriggerCatalog.Resolve(Kind(kind), payload));

    [Theory]
    [InlineData("Sqs", false, "SQS")]
    [InlineData("Sns", false, "SNS")]
    [InlineData("S3", false, "S3")]
    [InlineData("Schedule", false, "Schedule")]
    [InlineData("Schedule", true, "ScheduleV2")]
    [InlineData("EventRule", false, "EventBridgeRule")]
    [InlineData("DynamoDb", false, "DynamoDB")]
    [InlineData("Kinesis", false, "Kinesis")]
    public void Sam_event_types(string kind, bool timeZone, string expected)
        => Assert.Equal(expected, TriggerCatalog.SamEventType(Kind(kind), timeZone));

    private static TriggerKind Kind(string name) => Enum.Parse<TriggerKind>(name);

    private static bool Accepts(MethodInfo method, string? payload, TriggerCall call)
    {
        var handler = method.GetParameters()[^1].ParameterType;
        var invoke = handler.GetMethod("Invoke")!;
        var returns = invoke.ReturnType;
        var expectedReturn = call.ResponseType is null
            ? typeof(ValueTask)
            : typeof(ValueTask<>).MakeGenericType(typeof(SqsTrigger).Assembly.GetType(call.ResponseType.Replace("global::", "", StringComparison.Ordinal))!);
        if (returns != expectedReturn)
        {
            return false;
        }

        var parameters = invoke.GetParameters();
        if (!call.TakesPayload)
        {
            return parameters.Length == 1;
        }

        var first = parameters[0].ParameterType;
        var name = first.IsGenericType ? first.GetGenericTypeDefinition().FullName : first.FullName;
        return payload is null || !payload.StartsWith("LambdaGen.Events.", StringComparison.Ordinal)
            ? first.IsGenericParameter
            : name == payload;
    }
}
