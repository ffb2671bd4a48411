using System;

namespace LambdaGen;

/// <summary>Invokes the function with batches from an SQS queue. <c>@Name</c> refers to a template resource.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SqsTriggerAttribute(string queue) : Attribute
{
    /// <summary>The queue ARN or <c>@LogicalId</c>.</summary>
    public string Queue { get; } = queue;
    /// <summary>1..10 (standard queues up to 10,000 with a batching window).</summary>
    public int BatchSize { get; set; }
    /// <summary>0..300 seconds.</summary>
    public int MaximumBatchingWindowInSeconds { get; set; }
    /// <summary>2..1000; 0 leaves it unset.</summary>
    public int MaximumConcurrency { get; set; }
    /// <summary>Event filter patterns (JSON), separated by <c>;</c>.</summary>
    public string? Filters { get; set; }
    /// <summary>Whether the mapping is enabled.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Invokes the function for messages on an SNS topic.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SnsTriggerAttribute(string topic) : Attribute
{
    /// <summary>The topic ARN or <c>@LogicalId</c>.</summary>
    public string Topic { get; } = topic;
    /// <summary>An SNS filter policy (JSON).</summary>
    public string? FilterPolicy { get; set; }
}

/// <summary>Invokes the function for object events of an S3 bucket declared in the template.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class S3TriggerAttribute(string bucket) : Attribute
{
    /// <summary><c>@LogicalId</c> of an AWS::S3::Bucket in the template.</summary>
    public string Bucket { get; } = bucket;
    /// <summary>Event names, comma separated; default <c>s3:ObjectCreated:*</c>.</summary>
    public string Events { get; set; } = "s3:ObjectCreated:*";
    /// <summary>Key prefix filter.</summary>
    public string? Prefix { get; set; }
    /// <summary>Key suffix filter.</summary>
    public string? Suffix { get; set; }
}

/// <summary>Invokes the function on a schedule: <c>rate(...)</c> or <c>cron(...)</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ScheduleTriggerAttribute(string expression) : Attribute
{
    /// <summary>The schedule expression.</summary>
    public string Expression { get; } = expression;
    /// <summary>A constant JSON input.</summary>
    public string? Input { get; set; }
    /// <summary>Whether the schedule is enabled.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>An IANA time zone: uses EventBridge Scheduler.</summary>
    public string? TimeZone { get; set; }
}

/// <summary>Invokes the function for EventBridge events matching a pattern.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EventRuleTriggerAttribute(string pattern) : Attribute
{
    /// <summary>The event pattern (JSON).</summary>
    public string Pattern { get; } = pattern;
    /// <summary>The event bus name or <c>@LogicalId</c>; default bus when unset.</summary>
    public string? EventBus { get; set; }
}

/// <summary>Invokes the function with batches from a DynamoDB stream.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class DynamoDbStreamTriggerAttribute(string stream) : Attribute
{
    /// <summary>The table <c>@LogicalId</c> (its stream is used) or a stream ARN.</summary>
    public string Stream { get; } = stream;
    /// <summary><c>TRIM_HORIZON</c> or <c>LATEST</c>.</summary>
    public string StartingPosition { get; set; } = "LATEST";
    /// <summary>1..10000.</summary>
    public int BatchSize { get; set; }
    /// <summary>0..300 seconds to gather records before invoking.</summary>
    public int MaximumBatchingWindowInSeconds { get; set; }
    /// <summary>-1 (retry until the record expires, AWS's default) to 10000. A poison record blocks its shard until then.</summary>
    public int MaximumRetryAttempts { get; set; } = -1;
    /// <summary>Split a failing batch in two and retry each half.</summary>
    public bool BisectBatchOnFunctionError { get; set; }
    /// <summary>Whether the mapping is enabled.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Invokes the function with batches from a Kinesis stream.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class KinesisTriggerAttribute(string stream) : Attribute
{
    /// <summary>The stream ARN or <c>@LogicalId</c>.</summary>
    public string Stream { get; } = stream;
    /// <summary><c>TRIM_HORIZON</c>, <c>LATEST</c> or <c>AT_TIMESTAMP</c>.</summary>
    public string StartingPosition { get; set; } = "LATEST";
    /// <summary>1..10000.</summary>
    public int BatchSize { get; set; }
    /// <summary>0..300 seconds to gather records before invoking.</summary>
    public int MaximumBatchingWindowInSeconds { get; set; }
    /// <summary>-1 (retry until the record expires, AWS's default) to 10000. A poison record blocks its shard until then.</summary>
    public int MaximumRetryAttempts { get; set; } = -1;
    /// <summary>Split a failing batch in two and retry each half.</summary>
    public bool BisectBatchOnFunctionError { get; set; }
    /// <summary>Whether the mapping is enabled.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>With <c>StartingPosition = "AT_TIMESTAMP"</c>: where to start, in Unix seconds.</summary>
    public double StartingPositionTimestamp { get; set; }
}
