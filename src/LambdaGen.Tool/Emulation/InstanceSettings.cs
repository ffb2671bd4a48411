using System;
using System.Collections.Generic;

namespace LambdaGen.Tool.Emulation;

/// <summary>How instances are run: what Lambda fixes (limits, region) and where their logs go.</summary>
public sealed class InstanceSettings
{
    /// <summary>
    /// The synchronous invocation payload limit as the Runtime API enforces it: 6 MB (6,291,456 bytes) plus
    /// 100 bytes of slack that Lambda allows for the response envelope.
    /// </summary>
    public const int DefaultMaxResponseBytes = 6 * 1024 * 1024 + 100;

    /// <summary>Lambda's limit for the init phase of an on-demand instance.</summary>
    public static readonly TimeSpan DefaultInitLimit = TimeSpan.FromSeconds(10);

    /// <summary>The largest response accepted from a function.</summary>
    public int MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>Time allowed from process start to the first <c>next</c>.</summary>
    public TimeSpan InitLimit { get; init; } = DefaultInitLimit;

    /// <summary><c>AWS_REGION</c> and <c>AWS_DEFAULT_REGION</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account id used in ARNs.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>Receives every output line of every instance, already prefixed; null discards them.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Variables added after the Lambda ones (tests, <c>--env</c>).</summary>
    public IReadOnlyDictionary<string, string>? ExtraEnvironment { get; init; }
}
