using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.Build;

/// <summary>One SAM event per trigger attribute.</summary>
internal static class TriggerEvents
{
    public static (string Name, JsonObject Event)? Render(ManifestTrigger trigger, int ordinal, bool reportBatchItemFailures, References references, string where, List<ManifestWarning> warnings)
    {
        where = $"{where} {trigger.Kind}Trigger";
        switch (trigger.Kind)
        {
            case "Sqs":
                return Required(trigger, "Queue", where, warnings) is { } queue
                    ? (Name("Sqs", queue, ordinal), Event("SQS", Sqs(trigger, queue, reportBatchItemFailures, references, where)))
                    : null;
            case "Sns":
                return Required(trigger, "Topic", where, warnings) is { } topic && Sns(trigger, topic, references, where, warnings) is { } sns
                    ? (Name("Sns", topic, ordinal), Event("SNS", sns))
                    : null;
            case "S3":
                return Required(trigger, "Bucket", where, warnings) is { } bucket
                    ? (Name("S3", bucket, ordinal), Event("S3", S3(trigger, bucket, references, where)))
                    : null;
            case "Schedule":
                return Required(trigger, "Expression", where, warnings) is { } expression
                    ? Schedule(trigger, expression, ordinal)
                    : null;
            case "EventRule":
                return Required(trigger, "Pattern", where, warnings) is { } pattern && EventRule(trigger, pattern, references, where, warnings) is { } rule
                    ? (Name("EventRule", trigger.Get("EventBus"), ordinal), Event("EventBridgeRule", rule))
                    : null;
            case "DynamoDbStream":
                return Required(trigger, "Stream", where, warnings) is { } table
                    ? (Name("DynamoDb", table, ordinal), Event("DynamoDB", Stream(trigger, table, "StreamArn", reportBatchItemFailures, references, where)))
                    : null;
            case "Kinesis":
                return Required(trigger, "Stream", where, warnings) is { } stream
                    ? (Name("Kinesis", stream, ordinal), Event("Kinesis", Stream(trigger, stream, "Arn", reportBatchItemFailures, references, where)))
                    : null;
            default:
                warnings.Add(new ManifestWarning(ManifestWarnings.InvalidTrigger, $"{where}: LambdaGen does not know the trigger kind '{trigger.Kind}'; no event is written for it."));
                return null;
        }
    }

    private static JsonObject Sqs(ManifestTrigger trigger, string queue, bool reportBatchItemFailures, References references, string where)
    {
        var properties = new JsonObject { ["Queue"] = references.Resolve(queue, "Arn", where) };
        AddInt(properties, "BatchSize", trigger.Get("BatchSize"));
        AddInt(properties, "MaximumBatchingWindowInSeconds", trigger.Get("MaximumBatchingWindowInSeconds"));
        if (Int(trigger.Get("MaximumConcurrency")) is { } concurrency and > 0)
        {
            properties["ScalingConfig"] = new JsonObject { ["MaximumConcurrency"] = concurrency };
        }

        if (trigger.Get("Filters") is { Length: > 0 } filters)
        {
            var list = new JsonArray();
            foreach (var pattern in SamTemplateRenderer.SplitTopLevel(filters, ';'))
            {
                list.Add(new JsonObject { ["Pattern"] = pattern });
            }

            properties["FilterCriteria"] = new JsonObject { ["Filters"] = list };
        }

        AddDisabled(properties, trigger);
        AddPartialFailures(properties, reportBatchItemFailures);
        return properties;
    }

    private static JsonObject? Sns(ManifestTrigger trigger, string topic, References references, string where, List<ManifestWarning> warnings)
    {
        var properties = new JsonObject { ["Topic"] = references.Resolve(topic, null, where) };
        if (trigger.Get("FilterPolicy") is { Length: > 0 } policy)
        {
            if (Json(policy, "FilterPolicy", where, warnings) is not { } parsed)
            {
                return null;
            }

            properties["FilterPolicy"] = parsed;
        }

        return properties;
    }

    private static JsonObject S3(ManifestTrigger trigger, string bucket, References references, string where)
    {
        var events = new JsonArray();
        foreach (var name in (trigger.Get("Events") ?? "s3:ObjectCreated:*").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            events.Add(name);
        }

        var properties = new JsonObject
        {
            // SAM requires the bucket to be declared in the same template and referenced with Ref.
            ["Bucket"] = references.Resolve(bucket, null, where),
            ["Events"] = events.Count == 1 ? events[0]!.GetValue<string>() : events,
        };
        var rules = new JsonArray();
        if (trigger.Get("Prefix") is { Length: > 0 } prefix)
        {
            rules.Add(new JsonObject { ["Name"] = "prefix", ["Value"] = prefix });
        }

        if (trigger.Get("Suffix") is { Length: > 0 } suffix)
        {
            rules.Add(new JsonObject { ["Name"] = "suffix", ["Value"] = suffix });
        }

        if (rules.Count > 0)
        {
            properties["Filter"] = new JsonObject { ["S3Key"] = new JsonObject { ["Rules"] = rules } };
        }

        return properties;
    }

    /// <summary>A time zone needs EventBridge Scheduler (ScheduleV2); otherwise a classic EventBridge schedule rule.</summary>
    private static (string, JsonObject) Schedule(ManifestTrigger trigger, string expression, int ordinal)
    {
        var enabled = !string.Equals(trigger.Get("Enabled"), "false", StringComparison.OrdinalIgnoreCase);
        var name = "Schedule" + ordinal.ToString(CultureInfo.InvariantCulture);
        if (trigger.Get("TimeZone") is { Length: > 0 } timeZone)
        {
            var v2 = new JsonObject { ["ScheduleExpression"] = expression, ["ScheduleExpressionTimezone"] = timeZone };
            AddString(v2, "Input", trigger.Get("Input"));
            if (!enabled)
            {
                v2["State"] = "DISABLED";
            }

            return (name, Event("ScheduleV2", v2));
        }

        var properties = new JsonObject { ["Schedule"] = expression };
        AddString(properties, "Input", trigger.Get("Input"));
        if (!enabled)
        {
            properties["State"] = "DISABLED";
        }

        return (name, Event("Schedule", properties));
    }

    private static JsonObject? EventRule(ManifestTrigger trigger, string pattern, References references, string where, List<ManifestWarning> warnings)
    {
        if (Json(pattern, "Pattern", where, warnings) is not { } parsed)
        {
            return null;
        }

        var properties = new JsonObject { ["Pattern"] = parsed };
        if (trigger.Get("EventBus") is { Length: > 0 } bus)
        {
            properties["EventBusName"] = references.Resolve(bus, null, where);
        }

        return properties;
    }

    private static JsonObject Stream(ManifestTrigger trigger, string stream, string attribute, bool reportBatchItemFailures, References references, string where)
    {
        var properties = new JsonObject
        {
            ["Stream"] = references.Resolve(stream, attribute, where),
            ["StartingPosition"] = trigger.Get("StartingPosition") is { Length: > 0 } position ? position : "LATEST",
        };
        AddInt(properties, "BatchSize", trigger.Get("BatchSize"));
        AddPartialFailures(properties, reportBatchItemFailures);
        return properties;
    }

    private static string? Required(ManifestTrigger trigger, string argument, string where, List<ManifestWarning> warnings)
    {
        if (trigger.Get(argument) is { Length: > 0 } value)
        {
            return value;
        }

        warnings.Add(new ManifestWarning(ManifestWarnings.InvalidTrigger, $"{where}: '{argument}' is empty; no event is written for this trigger."));
        return null;
    }

    private static JsonNode? Json(string text, string argument, string where, List<ManifestWarning> warnings)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject parsed)
            {
                return parsed;
            }
        }
        catch (JsonException)
        {
        }

        warnings.Add(new ManifestWarning(ManifestWarnings.InvalidTrigger, $"{where}: {argument} is not a JSON object; no event is written for this trigger. Write it as JSON, e.g. {{\"source\": [\"aws.s3\"]}}."));
        return null;
    }

    /// <summary><c>SqsOrdersQueue</c> for <c>@OrdersQueue</c>, <c>Sqs2</c> for the second SQS trigger given by ARN.</summary>
    private static string Name(string prefix, string? target, int ordinal)
    {
        if (References.IsReference(target))
        {
            var name = target!.Substring(1);
            var dot = name.IndexOf('.');
            return prefix + LogicalIds.Pascal(dot > 0 ? name.Substring(0, dot) : name, "R");
        }

        return prefix + ordinal.ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject Event(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };

    private static void AddDisabled(JsonObject properties, ManifestTrigger trigger)
    {
        if (string.Equals(trigger.Get("Enabled"), "false", StringComparison.OrdinalIgnoreCase))
        {
            properties["Enabled"] = false;
        }
    }

    private static void AddPartialFailures(JsonObject properties, bool reportBatchItemFailures)
    {
        if (reportBatchItemFailures)
        {
            properties["FunctionResponseTypes"] = new JsonArray("ReportBatchItemFailures");
        }
    }

    private static void AddInt(JsonObject properties, string name, string? value)
    {
        if (Int(value) is { } number and > 0)
        {
            properties[name] = number;
        }
    }

    private static void AddString(JsonObject properties, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            properties[name] = value;
        }
    }

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
