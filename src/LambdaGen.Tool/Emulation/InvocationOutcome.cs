using System;

namespace LambdaGen.Tool.Emulation;

/// <summary>How an invocation ended, from the invoker's side.</summary>
public enum OutcomeKind
{
    /// <summary>The function posted a response.</summary>
    Success,

    /// <summary>The function (or its runtime) posted an error.</summary>
    FunctionError,

    /// <summary>The deadline passed; the instance was killed.</summary>
    Timeout,

    /// <summary>The process exited during the invocation.</summary>
    Crash,

    /// <summary>The response was over the Runtime API payload limit.</summary>
    TooLarge,

    /// <summary>The instance failed its init (posted init/error, exited, or ran out of init time).</summary>
    InitError,
}

/// <summary>The end of one invocation.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="RequestId">The request id given to the function.</param>
/// <param name="Body">The response, or an error document in Lambda's <c>{errorMessage, errorType}</c> shape.</param>
/// <param name="ErrorType">The error type (the function's <c>Lambda-Runtime-Function-Error-Type</c>, or Lambda's own for timeouts and crashes).</param>
/// <param name="InstanceId">Which instance ran it.</param>
/// <param name="ColdStart">Whether the instance was started for this invocation.</param>
/// <param name="Duration">From hand-off to the instance until the outcome.</param>
public sealed record InvocationOutcome(OutcomeKind Kind, string RequestId, ReadOnlyMemory<byte> Body, string? ErrorType, int InstanceId, bool ColdStart, TimeSpan Duration)
{
    /// <summary>Stopwatch timestamp of the event's hand-off in answer to <c>next</c>; 0 when it never was.</summary>
    public long DeliveredTimestamp { get; init; }

    /// <summary>Stopwatch timestamp of the response's arrival; 0 unless <see cref="Kind"/> is <see cref="OutcomeKind.Success"/>.</summary>
    public long RespondedTimestamp { get; init; }
}
