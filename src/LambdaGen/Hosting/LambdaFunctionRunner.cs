using System;
using System.Buffers;
using System.IO;
using System.Threading.Tasks;
using LambdaGen.Runtime;

namespace LambdaGen.Hosting;

/// <summary>
/// Runs one function of an application over events handed to it by another host (for example
/// Amazon.Lambda.RuntimeSupport's bootstrap when <c>LambdaGenRuntime=Aws</c>), without LambdaGen's Runtime API
/// client. Init happens in <see cref="Create"/>; each call to <see cref="InvokeAsync(Stream, string, TimeSpan, string, string?)"/>
/// runs the same generated entry point the LambdaGen loop would run. Failures propagate to the caller, which
/// reports them in its own way.
/// </summary>
public sealed class LambdaFunctionRunner
{
    private readonly LambdaHost _host;
    private readonly LambdaHandler _handler;

    private LambdaFunctionRunner(LambdaHost host, LambdaHandler handler)
    {
        _host = host;
        _handler = handler;
    }

    /// <summary>The function this runner serves (<c>_HANDLER</c>).</summary>
    public string FunctionName => _host.Environment.Handler;

    /// <summary>The host the entry point was created with.</summary>
    public LambdaHost Host => _host;

    /// <summary>Builds the services and the entry point of the function named by <paramref name="environment"/>'s handler.</summary>
    /// <exception cref="InvalidOperationException">The handler names no function of the application.</exception>
    public static LambdaFunctionRunner Create(LambdaApplicationDescriptor application, LambdaEnvironment environment, TimeSpan? cancellationMargin = null)
    {
        var host = new LambdaHost(environment, cancellationMargin ?? LambdaHost.DefaultCancellationMargin);
        host.BuildServices(application);
        var handler = application.Resolve(environment.Handler, host);
        if (handler is null)
        {
            var known = string.Join(", ", application.FunctionNames);
            throw new InvalidOperationException(string.IsNullOrEmpty(environment.Handler)
                ? "_HANDLER is not set. Known functions: " + known
                : $"Unknown handler '{environment.Handler}'. Known functions: {known}");
        }

        return new LambdaFunctionRunner(host, handler);
    }

    /// <summary>Runs the entry point over <paramref name="event"/> and returns the response bytes (empty for a null response).</summary>
    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> @event, LambdaContext context)
    {
        var output = new ArrayBufferWriter<byte>();
        var invocation = new LambdaInvocation(_host, context, @event, output);
        await using (invocation.ConfigureAwait(false))
        {
            await _handler(invocation).ConfigureAwait(false);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The stream-handler shape of Amazon.Lambda.RuntimeSupport: reads the event, builds a context from what the
    /// other host knows about the invocation, runs the entry point and returns the response as a stream.
    /// </summary>
    public async Task<Stream> InvokeAsync(Stream input, string awsRequestId, TimeSpan remainingTime, string invokedFunctionArn, string? traceId = null)
    {
        ReadOnlyMemory<byte> body;
        if (input is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            body = segment.AsMemory((int)memory.Position);
        }
        else
        {
            var copy = new MemoryStream();
            await input.CopyToAsync(copy).ConfigureAwait(false);
            body = copy.GetBuffer().AsMemory(0, (int)copy.Length);
        }

        var deadline = DateTimeOffset.UtcNow.Add(remainingTime).ToUnixTimeMilliseconds();
        var context = new LambdaContext(_host.Environment, awsRequestId, deadline, invokedFunctionArn, traceId, null, null);
        return new MemoryStream(await InvokeAsync(body, context).ConfigureAwait(false), writable: false);
    }
}
