using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Emulation;

/// <summary>
/// The instances of one function, run with Lambda's execution model: an idle instance takes the event (the
/// most recently used first, so that warm instances stay warm); when all are busy a new one starts, up to the
/// concurrency limit; past it, events wait for the first instance to free up. An instance that timed out,
/// crashed or failed its init is discarded, so the next event gets a fresh one. Idle instances stop after
/// the idle time.
/// </summary>
public sealed class InstancePool : IAsyncDisposable
{
    private readonly FunctionSpec _function;
    private readonly AppExecutable _executable;
    private readonly InstanceSettings _settings;
    private readonly object _gate = new();
    private readonly Stack<(FunctionInstance Instance, long ReleasedAt)> _idle = new();
    private readonly HashSet<FunctionInstance> _all = new();
    private readonly Queue<TaskCompletionSource<FunctionInstance?>> _waiters = new();
    private readonly Timer? _sweeper;
    private readonly TimeSpan _idleTimeout;
    private int _reserved;
    private int _started;
    private bool _disposed;

    /// <summary>Creates a pool; no instance starts until the first event.</summary>
    /// <param name="function">The function.</param>
    /// <param name="executable">The application binary.</param>
    /// <param name="settings">Instance settings.</param>
    /// <param name="concurrency">The most instances at once (the function's reserved concurrency wins when lower).</param>
    /// <param name="idleTimeout">How long an unused instance lives; <see cref="Timeout.InfiniteTimeSpan"/> keeps them.</param>
    public InstancePool(FunctionSpec function, AppExecutable executable, InstanceSettings settings, int concurrency, TimeSpan idleTimeout)
    {
        _function = function;
        _executable = executable;
        _settings = settings;
        Concurrency = Math.Max(1, function.ReservedConcurrency is { } reserved and > 0 ? Math.Min(reserved, concurrency) : concurrency);
        _idleTimeout = idleTimeout;
        if (idleTimeout != Timeout.InfiniteTimeSpan)
        {
            var period = TimeSpan.FromMilliseconds(Math.Clamp(idleTimeout.TotalMilliseconds / 4, 50, 5000));
            _sweeper = new Timer(static state => ((InstancePool)state!).StopIdle(), this, period, period);
        }
    }

    /// <summary>The function this pool runs.</summary>
    public FunctionSpec Function => _function;

    /// <summary>The most instances that run at once.</summary>
    public int Concurrency { get; }

    /// <summary>How many instances have been started since the pool was created.</summary>
    public int InstancesStarted => Volatile.Read(ref _started);

    /// <summary>How many instances are alive now.</summary>
    public int InstancesAlive
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }

    /// <summary>Runs one event on an idle instance, a new one, or the first to free up.</summary>
    /// <param name="event">The event bytes.</param>
    /// <param name="cancellationToken">Gives up waiting for an instance; an event already handed over runs to its end, as on Lambda.</param>
    public async Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> @event, CancellationToken cancellationToken = default)
    {
        var instance = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        InvocationOutcome? outcome = null;
        try
        {
            outcome = await instance.InvokeAsync(@event).ConfigureAwait(false);
            return outcome;
        }
        finally
        {
            var healthy = outcome is { Kind: OutcomeKind.Success or OutcomeKind.FunctionError or OutcomeKind.TooLarge } && instance.IsAlive;
            await ReleaseAsync(instance, healthy).ConfigureAwait(false);
        }
    }

    /// <summary>Stops every instance.</summary>
    public async ValueTask DisposeAsync()
    {
        FunctionInstance[] instances;
        lock (_gate)
        {
            _disposed = true;
            instances = new FunctionInstance[_all.Count];
            _all.CopyTo(instances);
            _all.Clear();
            _idle.Clear();
            while (_waiters.TryDequeue(out var waiter))
            {
                waiter.TrySetException(new ObjectDisposedException(nameof(InstancePool)));
            }
        }

        if (_sweeper is not null)
        {
            await _sweeper.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var instance in instances)
        {
            await instance.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<FunctionInstance> AcquireAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<FunctionInstance?>? waiter = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            while (_idle.TryPop(out var idle))
            {
                if (idle.Instance.IsAlive)
                {
                    return idle.Instance;
                }

                Forget(idle.Instance);
            }

            if (_reserved < Concurrency)
            {
                _reserved++;
            }
            else
            {
                waiter = new TaskCompletionSource<FunctionInstance?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Enqueue(waiter);
            }
        }

        if (waiter is not null)
        {
            using var registration = cancellationToken.Register(static s => ((TaskCompletionSource<FunctionInstance?>)s!).TrySetCanceled(), waiter);

            // A released instance is handed over directly; null hands over the slot of a discarded one.
            if (await waiter.Task.ConfigureAwait(false) is { } handedOver)
            {
                return handedOver;
            }
        }

        return StartInstance();
    }

    private FunctionInstance StartInstance()
    {
        var instance = new FunctionInstance(_function, _executable, _settings);
        lock (_gate)
        {
            _all.Add(instance);
        }

        Interlocked.Increment(ref _started);
        try
        {
            instance.Start();
        }
        catch
        {
            _ = ReleaseAsync(instance, healthy: false);
            throw;
        }

        return instance;
    }

    private async Task ReleaseAsync(FunctionInstance instance, bool healthy)
    {
        if (!HandOver(instance, healthy))
        {
            await instance.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Gives a released instance (or, when it is discarded, its slot) to the first waiter, else keeps it idle. False when it must be disposed.</summary>
    private bool HandOver(FunctionInstance instance, bool healthy)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                while (_waiters.TryDequeue(out var waiter))
                {
                    // A waiter that gave up (cancelled) refuses the hand-over; try the next one.
                    if (waiter.TrySetResult(healthy ? instance : null))
                    {
                        if (healthy)
                        {
                            return true;
                        }

                        Forget(instance, keepSlot: true);
                        return false;
                    }
                }

                if (healthy)
                {
                    _idle.Push((instance, Environment.TickCount64));
                    return true;
                }
            }

            Forget(instance);
            return false;
        }
    }

    private void Forget(FunctionInstance instance, bool keepSlot = false)
    {
        if (_all.Remove(instance) && !keepSlot)
        {
            _reserved--;
        }
    }

    private void StopIdle()
    {
        var expired = new List<FunctionInstance>();
        lock (_gate)
        {
            if (_idle.Count == 0)
            {
                return;
            }

            var now = Environment.TickCount64;
            var keep = new List<(FunctionInstance, long)>();
            foreach (var entry in _idle)
            {
                if (now - entry.ReleasedAt >= _idleTimeout.TotalMilliseconds || !entry.Instance.IsAlive)
                {
                    expired.Add(entry.Instance);
                    Forget(entry.Instance);
                }
                else
                {
                    keep.Add(entry);
                }
            }

            _idle.Clear();
            for (var i = keep.Count - 1; i >= 0; i--)
            {
                _idle.Push(keep[i]);
            }
        }

        foreach (var instance in expired)
        {
            _ = instance.DisposeAsync().AsTask();
        }
    }
}
