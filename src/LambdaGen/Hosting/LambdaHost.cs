using System;
using System.Buffers;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LambdaGen.Hosting;

/// <summary>
/// The runtime loop: init (services, the selected function), then <c>next</c> -> handler -> <c>response</c>
/// or <c>error</c>, forever. One bad event never ends the loop; a 500 from the Runtime API does, as the
/// protocol requires.
/// </summary>
public sealed partial class LambdaHost
{
    /// <summary>The default time before the deadline at which handler cancellation tokens fire.</summary>
    public static readonly TimeSpan DefaultCancellationMargin = TimeSpan.FromMilliseconds(500);

    private IServiceProvider? _services;
    private Utf8JsonWriter? _writer;

    internal LambdaHost(LambdaEnvironment environment, TimeSpan cancellationMargin)
    {
        Environment = environment;
        CancellationMargin = cancellationMargin;
    }

    /// <summary>The environment the host was started with.</summary>
    public LambdaEnvironment Environment { get; }

    /// <summary>How long before the deadline <see cref="LambdaInvocation.CancellationToken"/> fires.</summary>
    public TimeSpan CancellationMargin { get; }

    /// <summary>The root container; only present when the application registers services.</summary>
    public IServiceProvider RootServices => _services ?? throw new InvalidOperationException("This application has no service container: add a [LambdaStartup] class.");

    /// <summary>Runs the loop for the function named by <c>_HANDLER</c>; returns the process exit code.</summary>
    public static int Run(LambdaApplicationDescriptor application, TimeSpan? cancellationMargin = null)
        => RunCoreAsync(application, LambdaEnvironment.FromProcess(), cancellationMargin, blockingStart: true, default).GetAwaiter().GetResult();

    /// <summary>Runs the loop until the Runtime API fails or <paramref name="stop"/> fires; returns the exit code.</summary>
    public static Task<int> RunAsync(LambdaApplicationDescriptor application, LambdaEnvironment environment, TimeSpan? cancellationMargin = null, CancellationToken stop = default)
        => RunCoreAsync(application, environment, cancellationMargin, blockingStart: false, stop);

    private static async Task<int> RunCoreAsync(LambdaApplicationDescriptor application, LambdaEnvironment environment, TimeSpan? cancellationMargin, bool blockingStart, CancellationToken stop)
    {
        RuntimeApiClient client;
        try
        {
            client = new RuntimeApiClient(environment.RuntimeApi, blockingStart);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        using (client)
        {
            var host = new LambdaHost(environment, cancellationMargin ?? DefaultCancellationMargin);
            var handler = await InitAsync(host, application, client, stop).ConfigureAwait(false);
            return handler is null ? 1 : await host.LoopAsync(client, handler, stop).ConfigureAwait(false);
        }
    }

    /// <summary>Resolves a required service from the root container (used during init).</summary>
    public T GetRequiredService<T>() where T : notnull => RootServices.GetRequiredService<T>();

    /// <summary>Builds the root container when the application registers services (init only).</summary>
    internal void BuildServices(LambdaApplicationDescriptor application)
    {
        if (application.ConfigureServices is { } configure)
        {
            var services = new ServiceCollection();
            configure(services);
            _services = services.BuildServiceProvider();
        }
    }

    internal Utf8JsonWriter RentWriter(IBufferWriter<byte> output)
    {
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(output);
        }
        else
        {
            _writer.Reset(output);
        }

        return _writer;
    }

    private static async Task<LambdaHandler?> InitAsync(LambdaHost host, LambdaApplicationDescriptor application, RuntimeApiClient client, CancellationToken stop)
    {
        try
        {
            host.BuildServices(application);
            var handler = application.Resolve(host.Environment.Handler, host);
            if (handler is not null)
            {
                return handler;
            }

            var message = string.IsNullOrEmpty(host.Environment.Handler)
                ? "_HANDLER is not set. Known functions: " + string.Join(", ", application.FunctionNames)
                : $"Unknown handler '{host.Environment.Handler}'. Known functions: {string.Join(", ", application.FunctionNames)}";
            await ReportInitErrorAsync(client, "Runtime.InvalidEntrypoint", "LambdaGen.UnknownHandler", message, null, stop).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            await ReportInitErrorAsync(client, "Runtime.InitError", e.GetType().Name, e.Message, e.StackTrace, stop).ConfigureAwait(false);
            return null;
        }
    }

    private static async Task ReportInitErrorAsync(RuntimeApiClient client, string category, string type, string message, string? stackTrace, CancellationToken stop)
    {
        Console.Error.WriteLine($"{type}: {message}");
        try
        {
            await client.PostInitErrorAsync(category, ErrorBody.Write(type, message, stackTrace), stop).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            // Nothing is listening: the exit code is all that is left to report.
        }
    }

    private async Task<int> LoopAsync(RuntimeApiClient client, LambdaHandler handler, CancellationToken stop)
    {
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        while (!stop.IsCancellationRequested)
        {
            NextInvocation next;
            try
            {
                next = await client.NextAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return 0;
            }
            catch (Exception e) when (e is RuntimeApiException or SocketException or System.IO.IOException)
            {
                Console.Error.WriteLine("LambdaGen: the Runtime API failed, exiting: " + e.Message);
                return 1;
            }

            var headers = next.Headers;
            var context = new LambdaContext(Environment, headers.RequestId, headers.DeadlineMs, headers.InvokedFunctionArn, headers.TraceId, headers.ClientContext, headers.CognitoIdentity);
            output.ResetWrittenCount();
            var error = await InvokeAsync(handler, context, next.Body, output).ConfigureAwait(false);

            int status;
            try
            {
                status = error is null
                    ? await client.PostResponseAsync(headers.RequestId, output.WrittenMemory, stop).ConfigureAwait(false)
                    : await PostErrorAsync(client, headers.RequestId, error, stop).ConfigureAwait(false);
                if (status == 413)
                {
                    status = await PostErrorAsync(client, headers.RequestId, "Function.ResponseSizeTooLarge", "ResponseSizeTooLarge",
                        string.Create(CultureInfo.InvariantCulture, $"The response is {output.WrittenCount} bytes, over the Runtime API limit."), null, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return 0;
            }
            catch (Exception e) when (e is SocketException or System.IO.IOException)
            {
                Console.Error.WriteLine("LambdaGen: the Runtime API failed, exiting: " + e.Message);
                return 1;
            }

            if (status >= 500)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LambdaGen: the Runtime API answered {status}, exiting."));
                return 1;
            }
        }

        return 0;
    }

    private async ValueTask<Exception?> InvokeAsync(LambdaHandler handler, LambdaContext context, ReadOnlyMemory<byte> body, ArrayBufferWriter<byte> output)
    {
        var invocation = new LambdaInvocation(this, context, body, output);
        try
        {
            await handler(invocation).ConfigureAwait(false);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            try
            {
                await invocation.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LambdaLog.Write(context.AwsRequestId, LambdaLogLevel.Error, "Disposing the invocation scope failed: " + e);
            }
        }
    }

    private static ValueTask<int> PostErrorAsync(RuntimeApiClient client, string requestId, Exception error, CancellationToken stop)
    {
        var category = error is LambdaEventException ? "Runtime.SerializationError" : "Function.Unhandled";
        LambdaLog.Write(requestId, LambdaLogLevel.Error, error.ToString());
        return PostErrorAsync(client, requestId, category, error.GetType().Name, error.Message, error.StackTrace, stop);
    }

    private static ValueTask<int> PostErrorAsync(RuntimeApiClient client, string requestId, string category, string type, string message, string? stackTrace, CancellationToken stop)
        => client.PostErrorAsync(requestId, category, ErrorBody.Write(type, message, stackTrace), stop);
}
