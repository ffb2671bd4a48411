using System;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for S3 notifications. S3 invokes asynchronously and has no partial failure: a handler that
/// throws fails the invocation, which Lambda retries. Object keys arrive URL-encoded; use
/// <see cref="S3Object.DecodedKey"/>. The response is empty.
/// </summary>
public static class S3Trigger
{
    /// <summary>Handler for the whole event.</summary>
    public static ValueTask RunAsync(LambdaInvocation invocation, Func<S3Event, LambdaInvocation, ValueTask> handler)
        => handler(ReadEvent(invocation), invocation);

    /// <summary>Handler for one notification, called for each record in order; the first failure ends the invocation.</summary>
    public static async ValueTask RunEachAsync(LambdaInvocation invocation, Func<S3EventRecord, LambdaInvocation, ValueTask> handler)
    {
        foreach (var record in ReadEvent(invocation).Records)
        {
            await handler(record, invocation).ConfigureAwait(false);
        }
    }

    private static S3Event ReadEvent(LambdaInvocation invocation) => invocation.ReadEvent(LambdaGenEventsJsonContext.Default.S3Event);
}
