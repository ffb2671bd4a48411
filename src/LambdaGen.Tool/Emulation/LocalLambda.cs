using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Emulation;

/// <summary>The functions of one application, each with its instance pool, all running one binary.</summary>
public sealed class LocalLambda : IAsyncDisposable
{
    private readonly Dictionary<string, InstancePool> _pools = new(StringComparer.Ordinal);

    /// <summary>Creates a pool per function of <paramref name="template"/>; nothing starts until the first event.</summary>
    public LocalLambda(SamTemplate template, AppExecutable executable, InstanceSettings settings, int concurrency, TimeSpan idleTimeout)
    {
        Template = template;
        Executable = executable;
        foreach (var function in template.Functions)
        {
            _pools.Add(function.LogicalId, new InstancePool(function, executable, settings, concurrency, idleTimeout));
        }
    }

    /// <summary>The template the functions came from.</summary>
    public SamTemplate Template { get; }

    /// <summary>The application binary.</summary>
    public AppExecutable Executable { get; }

    /// <summary>The pool of a function, by logical id.</summary>
    public InstancePool Pool(FunctionSpec function) => _pools[function.LogicalId];

    /// <summary>Runs one event on <paramref name="function"/>.</summary>
    public Task<InvocationOutcome> InvokeAsync(FunctionSpec function, ReadOnlyMemory<byte> @event, CancellationToken cancellationToken = default)
        => Pool(function).InvokeAsync(@event, cancellationToken);

    /// <summary>Stops every instance of every function.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }
}
