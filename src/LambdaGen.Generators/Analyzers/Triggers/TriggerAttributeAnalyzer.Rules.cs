using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Analyzers.Triggers;

public sealed partial class TriggerAttributeAnalyzer
{
    private static readonly string[] s_s3EventTypes =
    [
        "s3:ObjectCreated:*", "s3:ObjectCreated:Put", "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload",
        "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated",
        "s3:ObjectRestore:*", "s3:ObjectRestore:Post", "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete",
        "s3:ReducedRedundancyLostObject",
        "s3:Replication:*", "s3:Replication:OperationFailedReplication", "s3:Replication:OperationMissedThreshold",
        "s3:Replication:OperationReplicatedAfterThreshold", "s3:Replication:OperationNotTracked",
        "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete", "s3:LifecycleExpiration:DeleteMarkerCreated",
        "s3:LifecycleTransition", "s3:IntelligentTiering",
        "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete",
        "s3:ObjectAcl:Put",
    ];

    private static void CheckSqs(Reporter reporter, AttributeData attribute)
    {
        var queue = CheckReference(reporter, attribute, "sqs", "SQS queue", "an SQS queue ARN (arn:aws:sqs:region:account:name)");
        // A FIFO queue is only recognisable by name: an ARN ending in .fifo (a @LogicalId does not show it).
        var fifo = queue is not null && queue.EndsWith(".fifo", StringComparison.Ordinal);

        var window = Named<int>(attribute, "MaximumBatchingWindowInSeconds");
        if (window is { } w)
        {
            if (w is < 0 or > 300)
            {
                reporter.Report(Descriptors.BatchingWindowOutOfRange, reporter.ArgumentLocation(attribute, "MaximumBatchingWindowInSeconds"), w);
            }
            else if (fifo && w > 0)
            {
                reporter.Report(Descriptors.SqsFifoBatchingWindow, reporter.ArgumentLocation(attribute, "MaximumBatchingWindowInSeconds"), queue);
            }
        }

        if (Named<int>(attribute, "BatchSize") is { } size)
        {
            var (max, queueText, rangeText) = fifo
                ? (10, "a FIFO queue", "1 to 10")
                : window >= 1
                    ? (10000, "a standard queue with a batching window", "1 to 10000")
                    : (10, "a standard queue without a batching window", "1 to 10, or set MaximumBatchingWindowInSeconds to 1 or more to allow up to 10000");
            if (size < 1 || size > max)
            {
                reporter.Report(Descriptors.SqsBatchSizeOutOfRange, reporter.ArgumentLocation(attribute, "BatchSize"), size, queueText, rangeText);
            }
        }

        if (Named<int>(attribute, "MaximumConcurrency") is { } concurrency and not 0 and (< 2 or > 1000))
        {
            reporter.Report(Descriptors.MaximumConcurrencyOutOfRange, reporter.ArgumentLocation(attribute, "MaximumConcurrency"), concurrency);
        }

        if (NamedString(attribute, "Filters") is { Length: > 0 } filters)
        {
            var parts = JsonSyntax.Split(filters, ';');
            for (var i = 0; i < parts.Count; i++)
            {
                if (JsonSyntax.Check(parts[i], requireObject: true) is { } error)
                {
                    var which = parts.Count == 1 ? "The filter pattern" : string.Format(CultureInfo.InvariantCulture, "Filter pattern {0} (of {1}, separated by ';')", i + 1, parts.Count);
                    reporter.Report(Descriptors.InvalidTriggerJson, reporter.ArgumentLocation(attribute, "Filters"), which, error);
                    break;
                }
            }
        }
    }

    private static void CheckS3(Reporter reporter, AttributeData attribute, IMethodSymbol method, ConcurrentQueue<S3Notification> notifications)
    {
        if (Constructor(attribute) is not { } bucket)
        {
            return;
        }

        if (!bucket.StartsWith("@", StringComparison.Ordinal))
        {
            reporter.Report(Descriptors.S3BucketNotTemplateReference, reporter.ArgumentLocation(attribute, null), bucket);
        }
        else if (!IsLogicalId(bucket.Substring(1)))
        {
            reporter.Report(Descriptors.InvalidEventSourceReference, reporter.ArgumentLocation(attribute, null), bucket, "S3 bucket reference", "nothing else (a logical id has only letters and digits)");
        }

        var events = (NamedString(attribute, "Events") ?? "s3:ObjectCreated:*")
            .Split(',')
            .Select(static e => e.Trim())
            .ToArray();
        var unknown = events.FirstOrDefault(static e => Array.IndexOf(s_s3EventTypes, e) < 0);
        if (unknown is not null)
        {
            reporter.Report(Descriptors.InvalidS3EventType, reporter.ArgumentLocation(attribute, "Events"), unknown);
            return;
        }

        if (reporter.AttributeLocation(attribute) is { } location)
        {
            notifications.Enqueue(new S3Notification(bucket, events, NamedString(attribute, "Prefix") ?? "", NamedString(attribute, "Suffix") ?? "", location, method.Name));
        }
    }

    private static void CheckSchedule(Reporter reporter, AttributeData attribute)
    {
        if (Constructor(attribute) is { } expression)
        {
            var scheduler = NamedString(attribute, "TimeZone") is { Length: > 0 };
            var problem = ScheduleExpression.Check(expression, scheduler);
            var descriptor = problem.Kind switch
            {
                ScheduleProblemKind.Form => Descriptors.InvalidScheduleExpression,
                ScheduleProblemKind.Rate => Descriptors.InvalidRateExpression,
                ScheduleProblemKind.Cron => Descriptors.InvalidCronExpression,
                ScheduleProblemKind.CronDays => Descriptors.CronDayFieldsConflict,
                _ => null,
            };
            if (descriptor is not null)
            {
                reporter.Report(descriptor, reporter.ArgumentLocation(attribute, null), expression, problem.Message);
            }
        }

        CheckJsonArgument(reporter, attribute, "Input", requireObject: false);
    }

    private static void CheckEventRule(Reporter reporter, AttributeData attribute)
    {
        if (Constructor(attribute) is { } pattern && JsonSyntax.Check(pattern, requireObject: true) is { } error)
        {
            reporter.Report(Descriptors.InvalidTriggerJson, reporter.ArgumentLocation(attribute, null), "The event pattern", error);
        }

        if (NamedString(attribute, "EventBus") is { } bus && bus.StartsWith("@", StringComparison.Ordinal) && !IsLogicalId(bus.Substring(1)))
        {
            reporter.Report(Descriptors.InvalidEventSourceReference, reporter.ArgumentLocation(attribute, "EventBus"), bus, "event bus", "an event bus name or ARN");
        }
    }

    private static void CheckStream(Reporter reporter, AttributeData attribute, string service, bool kinesis)
    {
        if (Named<int>(attribute, "BatchSize") is { } size and (< 1 or > 10000))
        {
            reporter.Report(Descriptors.StreamBatchSizeOutOfRange, reporter.ArgumentLocation(attribute, "BatchSize"), size, service);
        }

        if (Named<int>(attribute, "MaximumBatchingWindowInSeconds") is { } window and (< 0 or > 300))
        {
            reporter.Report(Descriptors.BatchingWindowOutOfRange, reporter.ArgumentLocation(attribute, "MaximumBatchingWindowInSeconds"), window);
        }

        if (Named<int>(attribute, "MaximumRetryAttempts") is { } retries and (< -1 or > 10000))
        {
            reporter.Report(Descriptors.MaximumRetryAttemptsOutOfRange, reporter.ArgumentLocation(attribute, "MaximumRetryAttempts"), retries);
        }

        var position = NamedString(attribute, "StartingPosition");
        if (position is not null && position is not ("TRIM_HORIZON" or "LATEST") && !(kinesis && position == "AT_TIMESTAMP"))
        {
            reporter.Report(Descriptors.InvalidStartingPosition, reporter.ArgumentLocation(attribute, "StartingPosition"), position,
                kinesis ? "a Kinesis stream" : "a DynamoDB stream",
                kinesis ? "TRIM_HORIZON, LATEST or AT_TIMESTAMP" : "TRIM_HORIZON or LATEST");
        }

        if (!kinesis)
        {
            return;
        }

        var hasTimestamp = Named<double>(attribute, "StartingPositionTimestamp") is not null;
        if (position == "AT_TIMESTAMP" && !hasTimestamp)
        {
            reporter.Report(Descriptors.StartingPositionTimestampMismatch, reporter.ArgumentLocation(attribute, "StartingPosition"),
                "StartingPosition AT_TIMESTAMP needs StartingPositionTimestamp (Unix seconds): add it, or start at TRIM_HORIZON or LATEST");
        }
        else if (hasTimestamp && position != "AT_TIMESTAMP")
        {
            reporter.Report(Descriptors.StartingPositionTimestampMismatch, reporter.ArgumentLocation(attribute, "StartingPositionTimestamp"),
                "StartingPositionTimestamp is only used with StartingPosition = \"AT_TIMESTAMP\": set that, or remove the timestamp");
        }
    }

    private static void CheckJsonArgument(Reporter reporter, AttributeData attribute, string name, bool requireObject)
    {
        if (NamedString(attribute, name) is { } json && JsonSyntax.Check(json, requireObject) is { } error)
        {
            reporter.Report(Descriptors.InvalidTriggerJson, reporter.ArgumentLocation(attribute, name), name, error);
        }
    }

    /// <summary>Checks that the constructor argument is <c>@LogicalId</c> or an ARN of <paramref name="service"/>; returns it.</summary>
    private static string? CheckReference(Reporter reporter, AttributeData attribute, string service, string what, string arnExample)
    {
        if (Constructor(attribute) is not { } value)
        {
            return null;
        }

        var valid = value.StartsWith("@", StringComparison.Ordinal)
            ? IsLogicalId(value.Substring(1))
            : IsArn(value, service);
        if (!valid)
        {
            reporter.Report(Descriptors.InvalidEventSourceReference, reporter.ArgumentLocation(attribute, null), value, what, arnExample);
        }

        return value;
    }

    /// <summary>CloudFormation logical ids are 1 to 255 ASCII letters and digits.</summary>
    private static bool IsLogicalId(string id)
        => id.Length is > 0 and <= 255 && id.All(static c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9');

    /// <summary><c>arn:partition:service:region:account:resource</c> with the partition starting with <c>aws</c>.</summary>
    private static bool IsArn(string value, string service)
    {
        var parts = value.Split([':'], 6);
        return parts.Length == 6
            && parts[0] == "arn"
            && parts[1].StartsWith("aws", StringComparison.Ordinal)
            && parts[2] == service
            && parts[5].Length > 0;
    }

    private static string? Constructor(AttributeData attribute)
        => attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;

    /// <summary>The value of a named argument when it is written in source; <c>null</c> when it is not.</summary>
    private static T? Named<T>(AttributeData attribute, string name)
        where T : struct
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is T value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? NamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    private static void ReportOverlappingNotifications(CompilationAnalysisContext context, ConcurrentQueue<S3Notification> notifications)
    {
        var ordered = notifications
            .OrderBy(static n => n.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(static n => n.Location.SourceSpan.Start)
            .ToList();
        for (var j = 1; j < ordered.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (ordered[i].Overlaps(ordered[j]))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.OverlappingS3Notifications, ordered[j].Location, ordered[j].Bucket, ordered[i].MethodName));
                    break;
                }
            }
        }
    }

    /// <summary>One S3 notification configuration, as S3 compares them for overlap.</summary>
    private sealed class S3Notification(string bucket, string[] events, string prefix, string suffix, Location location, string methodName)
    {
        public string Bucket { get; } = bucket;
        public Location Location { get; } = location;
        public string MethodName { get; } = methodName;

        public bool Overlaps(S3Notification other)
            => string.Equals(Bucket, other.Bucket, StringComparison.Ordinal)
               && (prefix.StartsWith(other.Prefix, StringComparison.Ordinal) || other.Prefix.StartsWith(prefix, StringComparison.Ordinal))
               && (suffix.EndsWith(other.Suffix, StringComparison.Ordinal) || other.Suffix.EndsWith(suffix, StringComparison.Ordinal))
               && events.Any(a => other.Events.Any(b => EventsOverlap(a, b)));

        private string Prefix => prefix;
        private string Suffix => suffix;
        private string[] Events => events;

        private static bool EventsOverlap(string a, string b)
            => a == b || Covers(a, b) || Covers(b, a);

        private static bool Covers(string wildcard, string name)
            => wildcard.EndsWith(":*", StringComparison.Ordinal) && name.StartsWith(wildcard.Substring(0, wildcard.Length - 1), StringComparison.Ordinal);
    }
}
