using System;

namespace LambdaGen.Runtime;

/// <summary>The context of one invocation, filled from the Runtime API headers and the environment.</summary>
public sealed class LambdaContext : ILambdaContext, ILambdaLogger
{
    private readonly LambdaEnvironment _environment;

    /// <summary>Creates a context.</summary>
    public LambdaContext(LambdaEnvironment environment, string awsRequestId, long deadlineMs, string invokedFunctionArn, string? traceId, string? clientContext, string? identity)
    {
        _environment = environment;
        AwsRequestId = awsRequestId;
        DeadlineUnixMs = deadlineMs;
        InvokedFunctionArn = invokedFunctionArn;
        TraceId = traceId;
        ClientContext = clientContext;
        Identity = identity;
    }

    /// <inheritdoc />
    public string AwsRequestId { get; }
    /// <summary>The deadline in Unix milliseconds, as the Runtime API sent it.</summary>
    public long DeadlineUnixMs { get; }
    /// <inheritdoc />
    public DateTimeOffset Deadline => DateTimeOffset.FromUnixTimeMilliseconds(DeadlineUnixMs);
    /// <inheritdoc />
    public TimeSpan RemainingTime => TimeSpan.FromMilliseconds(DeadlineUnixMs - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    /// <inheritdoc />
    public string InvokedFunctionArn { get; }
    /// <inheritdoc />
    public string? TraceId { get; }
    /// <inheritdoc />
    public string? ClientContext { get; }
    /// <inheritdoc />
    public string? Identity { get; }
    /// <inheritdoc />
    public string FunctionName => _environment.FunctionName;
    /// <inheritdoc />
    public string FunctionVersion => _environment.FunctionVersion;
    /// <inheritdoc />
    public int MemoryLimitInMB => _environment.MemoryLimitInMB;
    /// <inheritdoc />
    public string LogGroupName => _environment.LogGroupName;
    /// <inheritdoc />
    public string LogStreamName => _environment.LogStreamName;
    /// <inheritdoc />
    public ILambdaLogger Logger => this;

    /// <inheritdoc />
    public void Log(LambdaLogLevel level, string message) => LambdaLog.Write(AwsRequestId, level, message);
}
