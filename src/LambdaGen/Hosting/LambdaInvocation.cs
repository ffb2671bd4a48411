using System;
using System.Buffers;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LambdaGen.Hosting;

/// <summary>A generated entry point: reads <see cref="LambdaInvocation.Event"/>, calls the user method, writes <see cref="LambdaInvocation.Output"/>.</summary>
public delegate ValueTask LambdaHandler(LambdaInvocation invocation);

/// <summary>
/// One invocation as generated entry points see it. The helpers here hold the logic every entry point shares,
/// so that emitted code is only the part specialised per function.
/// </summary>
public sealed partial class LambdaInvocation : IAsyncDisposable
{
    private readonly LambdaHost _host;
    private CancellationTokenSource? _deadline;
    private AsyncServiceScope? _scope;

    internal LambdaInvocation(LambdaHost host, LambdaContext context, ReadOnlyMemory<byte> @event, ArrayBufferWriter<byte> output)
    {
        _host = host;
        Context = context;
        Event = @event;
        Output = output;
    }

    /// <summary>The host running this invocation.</summary>
    public LambdaHost Host => _host;

    /// <summary>The raw event bytes.</summary>
    public ReadOnlyMemory<byte> Event { get; }

    /// <summary>The invocation context.</summary>
    public LambdaContext Context { get; }

    /// <summary>The response bytes; empty means a <c>null</c> response.</summary>
    public ArrayBufferWriter<byte> Output { get; }

    /// <summary>Fires <see cref="LambdaHost.CancellationMargin"/> before the deadline. Created on first use.</summary>
    public CancellationToken CancellationToken
    {
        get
        {
            if (_deadline is null)
            {
                var remaining = Context.RemainingTime - _host.CancellationMargin;
                _deadline = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
            }

            return _deadline.Token;
        }
    }

    /// <summary>The dependency injection scope of this invocation. Created on first use.</summary>
    public IServiceProvider Services => (_scope ??= _host.RootServices.CreateAsyncScope()).ServiceProvider;

    /// <summary>Resolves a required service from the invocation scope.</summary>
    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The event as a read-only stream over the received bytes (no copy).</summary>
    public Stream EventStream => MemoryMarshal.TryGetArray(Event, out var segment)
        ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
        : new MemoryStream(Event.ToArray(), writable: false);

    /// <summary>Deserializes the event.</summary>
    /// <exception cref="LambdaEventException">The event is not valid JSON for <typeparamref name="T"/>.</exception>
    public T ReadEvent<T>(JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(Event.Span, typeInfo)!;
        }
        catch (JsonException e)
        {
            throw new LambdaEventException($"The event is not valid JSON for {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>Serializes <paramref name="value"/> as the response.</summary>
    public void Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var writer = _host.RentWriter(Output);
        JsonSerializer.Serialize(writer, value, typeInfo);
        writer.Flush();
    }

    /// <summary>Writes a response produced synchronously.</summary>
    public ValueTask Return<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        Write(value, typeInfo);
        return default;
    }

    /// <summary>Awaits a task result and writes it.</summary>
    public ValueTask Return<T>(Task<T> task, JsonTypeInfo<T> typeInfo)
    {
        if (task.IsCompletedSuccessfully)
        {
            Write(task.Result, typeInfo);
            return default;
        }

        return Slow(task, typeInfo);

        async ValueTask Slow(Task<T> pending, JsonTypeInfo<T> info) => Write(await pending.ConfigureAwait(false), info);
    }

    /// <summary>Awaits a value-task result and writes it.</summary>
    public ValueTask Return<T>(ValueTask<T> task, JsonTypeInfo<T> typeInfo)
    {
        if (task.IsCompletedSuccessfully)
        {
            Write(task.Result, typeInfo);
            return default;
        }

        return Slow(task, typeInfo);

        async ValueTask Slow(ValueTask<T> pending, JsonTypeInfo<T> info) => Write(await pending.ConfigureAwait(false), info);
    }

    /// <summary>Awaits a task with no result.</summary>
    public static ValueTask Return(Task task) => new(task);

    /// <summary>Copies a stream result to the response and disposes it.</summary>
    public async ValueTask ReturnStream(Stream stream)
    {
        await using (stream.ConfigureAwait(false))
        {
            await CopyAsync(stream).ConfigureAwait(false);
        }
    }

    /// <summary>Copies a stream result to the response.</summary>
    public async ValueTask Return(Task<Stream> task)
    {
        await using var stream = await task.ConfigureAwait(false);
        await CopyAsync(stream).ConfigureAwait(false);
    }

    /// <summary>Copies a stream result to the response.</summary>
    public async ValueTask CopyAsync(Stream stream)
    {
        int read;
        while ((read = await stream.ReadAsync(Output.GetMemory(16 * 1024)).ConfigureAwait(false)) > 0)
        {
            Output.Advance(read);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _deadline?.Dispose();
        if (_scope is { } scope)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>The event could not be read as the function's event type.</summary>
public sealed class LambdaEventException(string message, Exception? inner = null) : Exception(message, inner);
