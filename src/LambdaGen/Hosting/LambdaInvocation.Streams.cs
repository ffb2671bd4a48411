using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace LambdaGen.Hosting;

/// <summary>
/// Stream-based result writing, for entry points whose result goes through a serializer the user chose
/// (Amazon.Lambda.Core's <c>ILambdaSerializer.Serialize&lt;T&gt;(T, Stream)</c> shape) instead of generated metadata.
/// </summary>
public sealed partial class LambdaInvocation
{
    private OutputWriterStream? _outputStream;

    /// <summary>A write-only stream that appends to <see cref="Output"/>. Created on first use.</summary>
    public Stream OutputStream => _outputStream ??= new OutputWriterStream(Output);

    /// <summary>Writes a response produced synchronously with <paramref name="write"/>.</summary>
    public ValueTask Return<T>(T value, Action<T, Stream> write)
    {
        write(value, OutputStream);
        return default;
    }

    /// <summary>Awaits a task result and writes it with <paramref name="write"/>.</summary>
    public ValueTask Return<T>(Task<T> task, Action<T, Stream> write)
    {
        if (task.IsCompletedSuccessfully)
        {
            write(task.Result, OutputStream);
            return default;
        }

        return Slow(task, write);

        async ValueTask Slow(Task<T> pending, Action<T, Stream> w) => w(await pending.ConfigureAwait(false), OutputStream);
    }

    /// <summary>Awaits a value-task result and writes it with <paramref name="write"/>.</summary>
    public ValueTask Return<T>(ValueTask<T> task, Action<T, Stream> write)
    {
        if (task.IsCompletedSuccessfully)
        {
            write(task.Result, OutputStream);
            return default;
        }

        return Slow(task, write);

        async ValueTask Slow(ValueTask<T> pending, Action<T, Stream> w) => w(await pending.ConfigureAwait(false), OutputStream);
    }

    /// <summary>Appends to an <see cref="IBufferWriter{T}"/>; no buffering of its own, so no flush is needed.</summary>
    private sealed class OutputWriterStream(ArrayBufferWriter<byte> output) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => output.WrittenCount;
        public override long Position { get => output.WrittenCount; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => output.Write(buffer);

        public override void WriteByte(byte value) => output.Write([value]);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return default;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
