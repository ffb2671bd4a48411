using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>S3 event notifications as Lambda delivers them.</summary>
public sealed class S3Event
{
    /// <summary>The notifications.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<S3EventRecord> Records { get; set; } = [];
}

/// <summary>One S3 event notification.</summary>
public sealed class S3EventRecord
{
    /// <summary>The notification format version (<c>2.1</c>, <c>2.2</c>, ...).</summary>
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; set; }

    /// <summary><c>aws:s3</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; set; }

    /// <summary>The bucket's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; set; }

    /// <summary>When S3 finished processing the request.</summary>
    [JsonPropertyName("eventTime")]
    public DateTimeOffset EventTime { get; set; }

    /// <summary>The event name without the <c>s3:</c> prefix, e.g. <c>ObjectCreated:Put</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; set; } = "";

    /// <summary>Who caused the event.</summary>
    [JsonPropertyName("userIdentity")]
    public S3UserIdentity? UserIdentity { get; set; }

    /// <summary>The request parameters (<c>sourceIPAddress</c>).</summary>
    [JsonPropertyName("requestParameters")]
    public IReadOnlyDictionary<string, string>? RequestParameters { get; set; }

    /// <summary>The response elements (<c>x-amz-request-id</c>, <c>x-amz-id-2</c>).</summary>
    [JsonPropertyName("responseElements")]
    public IReadOnlyDictionary<string, string>? ResponseElements { get; set; }

    /// <summary>The bucket and object.</summary>
    [JsonPropertyName("s3")]
    public S3Entity S3 { get; set; } = new();
}

/// <summary>An S3 principal.</summary>
public sealed class S3UserIdentity
{
    /// <summary>The principal id.</summary>
    [JsonPropertyName("principalId")]
    public string? PrincipalId { get; set; }
}

/// <summary>The bucket and object an S3 notification is about.</summary>
public sealed class S3Entity
{
    /// <summary>The notification schema version.</summary>
    [JsonPropertyName("s3SchemaVersion")]
    public string? S3SchemaVersion { get; set; }

    /// <summary>The id of the bucket notification configuration.</summary>
    [JsonPropertyName("configurationId")]
    public string? ConfigurationId { get; set; }

    /// <summary>The bucket.</summary>
    [JsonPropertyName("bucket")]
    public S3Bucket Bucket { get; set; } = new();

    /// <summary>The object.</summary>
    [JsonPropertyName("object")]
    public S3Object Object { get; set; } = new();
}

/// <summary>An S3 bucket.</summary>
public sealed class S3Bucket
{
    /// <summary>The bucket name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The bucket owner.</summary>
    [JsonPropertyName("ownerIdentity")]
    public S3UserIdentity? OwnerIdentity { get; set; }

    /// <summary>The bucket ARN.</summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; set; }
}

/// <summary>An S3 object. S3 sends the key form-URL-encoded; <see cref="DecodedKey"/> is the real key.</summary>
public sealed class S3Object
{
    /// <summary>The key as S3 sent it: form-URL-encoded (a space is <c>+</c>, other characters <c>%XX</c>).</summary>
    [JsonPropertyName("key")]
    public string Key { get; set; } = "";

    /// <summary>The object key to pass to S3 APIs: <see cref="Key"/> URL-decoded.</summary>
    [JsonIgnore]
    public string DecodedKey => WebUtility.UrlDecode(Key);

    /// <summary>The object size in bytes (absent for delete events).</summary>
    [JsonPropertyName("size")]
    public long? Size { get; set; }

    /// <summary>The entity tag.</summary>
    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    /// <summary>The version id, when versioning is enabled.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; set; }

    /// <summary>Orders events for the same key.</summary>
    [JsonPropertyName("sequencer")]
    public string? Sequencer { get; set; }
}
