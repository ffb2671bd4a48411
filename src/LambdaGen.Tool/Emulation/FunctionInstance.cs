using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Emulation;

/// <summary>
/// One execution environment: a process of the application binary with its own Runtime API endpoint, running
/// one event at a time. The instance ends when its process exits, when it is killed for a timeout, or when the
/// pool stops it.
/// </summary>
public sealed class FunctionInstance : IRuntimeApiPeer, IAsyncDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FunctionInstance, byte> s_live = new();
    private static int s_nextId;

    static FunctionInstance()
    {
        // The last line of defence against orphans: whatever way the tool exits (other than SIGKILL), the
        // processes it started go with it. Orderly shutdown disposes the pools before this runs.
        AppDomain.CurrentDomain.ProcessExit += static (_, _) =>
        {
            foreach (var instance in s_live.Keys)
            {
                try
                {
                    instance._process?.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }
        };
    }

    private readonly FunctionSpec _function;
    private readonly AppExecutable _executable;
    private readonly InstanceSettings _settings;
    private readonly RuntimeApiServer _server;
    private readonly object _gate = new();
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;
    private Invocation? _queued;
    private TaskCompletionSource<Invocation>? _waitingNext;
    private Invocation? _current;
    private string _logRequestId = "init";
    private string? _initError;
    private int _invocations;

    internal FunctionInstance(FunctionSpec function, AppExecutable executable, InstanceSettings settings)
    {
        _function = function;
        _executable = executable;
        _settings = settings;
        Id = Interlocked.Increment(ref s_nextId);
        _server = new RuntimeApiServer(this, settings.MaxResponseBytes);
    }

    /// <summary>A process-wide sequence number.</summary>
    public int Id { get; }

    /// <summary>The function this instance runs.</summary>
    public FunctionSpec Function => _function;

    /// <summary>The process id, once started.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>The Runtime API endpoint given to the process.</summary>
    public string RuntimeApi => _server.Endpoint;

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long StartedTimestamp { get; private set; }

    /// <summary>Stopwatch timestamp of the first <c>next</c> request's arrival; 0 until then.</summary>
    public long FirstNextTimestamp { get; private set; }

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>Whether the process is still running.</summary>
    public bool IsAlive => !_exited.Task.IsCompleted;

    /// <summary>How many invocations this instance has been handed.</summary>
    public int InvocationCount => Volatile.Read(ref _invocations);

    /// <summary>Starts the process. Init runs until it asks for its first event.</summary>
    public void Start()
    {
        _server.Start();
        var info = _executable.CreateStartInfo();
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        foreach (var (name, value) in EnvironmentFor())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => WriteLog(e.Data);
        process.ErrorDataReceived += (_, e) => WriteLog(e.Data);
        StartedTimestamp = Stopwatch.GetTimestamp();
        process.Start();
        _process = process;
        s_live.TryAdd(this, 0);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = WatchExitAsync(process);
    }

    /// <summary>The documented Lambda environment, then the function's variables, then any extra ones.</summary>
    internal IEnumerable<KeyValuePair<string, string>> EnvironmentFor()
    {
        var stream = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy/MM/dd}/[$LATEST]{Id:x8}{Guid.NewGuid():N}").Substring(0, 48);
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_LAMBDA_RUNTIME_API"] = _server.Endpoint,
            ["_HANDLER"] = _function.Handler,
            ["AWS_LAMBDA_FUNCTION_NAME"] = _function.FunctionName,
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = _function.MemorySize.ToString(CultureInfo.InvariantCulture),
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/" + _function.FunctionName,
            ["AWS_LAMBDA_LOG_STREAM_NAME"] = stream,
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["AWS_EXECUTION_ENV"] = "AWS_Lambda_lambdagen",
            ["AWS_REGION"] = _settings.Region,
            ["AWS_DEFAULT_REGION"] = _settings.Region,
            ["TZ"] = ":UTC",
            ["LAMBDA_TASK_ROOT"] = _executable.Directory,
            ["LAMBDA_RUNTIME_DIR"] = _executable.Directory,
        };
        foreach (var (name, value) in _function.Environment)
        {
            environment[name] = value;
        }

        if (_settings.ExtraEnvironment is { } extra)
        {
            foreach (var (name, value) in extra)
            {
                environment[name] = value;
            }
        }

        return environment;
    }

    /// <summary>Runs one event. Never throws for function failures: they are outcomes.</summary>
    /// <remarks>The caller (the pool) guarantees one invocation at a time per instance.</remarks>
    public async Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> @event, string? requestId = null)
    {
        var coldStart = Interlocked.Increment(ref _invocations) == 1;
        var invocation = new Invocation(requestId ?? Guid.NewGuid().ToString(), @event, _function.Timeout);
        TaskCompletionSource<Invocation>? waiting;
        lock (_gate)
        {
            waiting = _waitingNext;
            _waitingNext = null;
            if (waiting is null)
            {
                _queued = invocation;
            }
        }

        waiting?.TrySetResult(invocation);
        var started = Stopwatch.GetTimestamp();

        // Init: a cold instance has until the init limit to ask for its first event.
        if (!invocation.Delivered.Task.IsCompleted)
        {
            using var initTimer = new CancellationTokenSource();
            var first = await Task.WhenAny(invocation.Delivered.Task, _exited.Task, Task.Delay(_settings.InitLimit, initTimer.Token)).ConfigureAwait(false);
            initTimer.Cancel();
            if (first != invocation.Delivered.Task)
            {
                var message = _initError
                    ?? (first == _exited.Task
                        ? string.Create(CultureInfo.InvariantCulture, $"RequestId: {invocation.RequestId} Error: Runtime exited during init with exit status {_exited.Task.Result}")
                        : string.Create(CultureInfo.InvariantCulture, $"Init did not finish within {_settings.InitLimit.TotalSeconds:0.##} seconds"));
                await KillAsync().ConfigureAwait(false);
                return Outcome(OutcomeKind.InitError, invocation, Json.ErrorBody("Runtime.InitError", message), "Runtime.InitError", coldStart, started);
            }
        }

        using var deadline = new CancellationTokenSource();
        var done = await Task.WhenAny(invocation.Completion.Task, _exited.Task, Task.Delay(invocation.Timeout, deadline.Token)).ConfigureAwait(false);
        deadline.Cancel();
        if (invocation.Completion.Task.IsCompleted)
        {
            var (kind, body, errorType) = invocation.Completion.Task.Result;
            return Outcome(kind, invocation, body, errorType, coldStart, started);
        }

        if (done == _exited.Task)
        {
            invocation.Complete(OutcomeKind.Crash, default, null);
            var message = string.Create(CultureInfo.InvariantCulture, $"RequestId: {invocation.RequestId} Error: Runtime exited with error: exit status {_exited.Task.Result}");
            return Outcome(OutcomeKind.Crash, invocation, Json.ErrorBody("Runtime.ExitError", message), "Runtime.ExitError", coldStart, started);
        }

        // The deadline passed: Lambda stops the environment; the next event gets a fresh one.
        invocation.Complete(OutcomeKind.Timeout, default, null);
        await KillAsync().ConfigureAwait(false);
        var timedOut = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {invocation.RequestId} Task timed out after {invocation.Timeout.TotalSeconds:0.00} seconds");
        return Outcome(OutcomeKind.Timeout, invocation, Json.ErrorBody("Sandbox.Timedout", timedOut), "Sandbox.Timedout", coldStart, started);
    }

    /// <summary>Peak resident set size (VmHWM) in KiB, or null when unavailable.</summary>
    public long? PeakRssKiB() => ProcStatus.Read(_process, "VmHWM:");

    /// <summary>Current resident set size (VmRSS) in KiB, or null when unavailable.</summary>
    public long? RssKiB() => ProcStatus.Read(_process, "VmRSS:");

    /// <summary>Kills the process (and anything it started) and waits for it to end.</summary>
    public async Task KillAsync()
    {
        var process = _process;
        if (process is null)
        {
            return;
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Not reaped in time; the exit watcher still completes when it is.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        s_live.TryRemove(this, out _);
        _process?.Dispose();
    }

    ValueTask<RuntimeReply> IRuntimeApiPeer.NextAsync(long arrived, CancellationToken cancellationToken)
    {
        Invocation? ready;
        TaskCompletionSource<Invocation>? waiter = null;
        Invocation? abandoned;
        lock (_gate)
        {
            if (FirstNextTimestamp == 0)
            {
                FirstNextTimestamp = arrived;
            }

            // Asking for the next event ends the current one; a runtime that did so without answering it
            // gets Lambda's verdict for that (the response it tried was too large, or no response at all).
            abandoned = _current;
            _current = null;
            ready = _queued;
            _queued = null;
            if (ready is null)
            {
                waiter = _waitingNext = new TaskCompletionSource<Invocation>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (abandoned is not null)
        {
            abandoned.Complete(abandoned.Oversize ? OutcomeKind.TooLarge : OutcomeKind.FunctionError,
                abandoned.Oversize
                    ? OversizeError(abandoned)
                    : Json.ErrorBody("Runtime.NoResponse", "The runtime asked for the next event without answering request " + abandoned.RequestId),
                abandoned.Oversize ? "Function.ResponseSizeTooLarge" : "Runtime.NoResponse");
        }

        return ready is not null ? new ValueTask<RuntimeReply>(Deliver(ready)) : WaitAsync(waiter!, cancellationToken);
    }

    private async ValueTask<RuntimeReply> WaitAsync(TaskCompletionSource<Invocation> waiter, CancellationToken cancellationToken)
    {
        var invocation = await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Deliver(invocation);
    }

    private RuntimeReply Deliver(Invocation invocation)
    {
        lock (_gate)
        {
            _current = invocation;
            _logRequestId = invocation.RequestId;
        }

        var deadlineMs = DateTimeOffset.UtcNow.Add(invocation.Timeout).ToUnixTimeMilliseconds();
        var headers = new (string, string)[]
        {
            ("Lambda-Runtime-Aws-Request-Id", invocation.RequestId),
            ("Lambda-Runtime-Deadline-Ms", deadlineMs.ToString(CultureInfo.InvariantCulture)),
            ("Lambda-Runtime-Invoked-Function-Arn", $"arn:aws:lambda:{_settings.Region}:{_settings.AccountId}:function:{_function.FunctionName}"),
            ("Lambda-Runtime-Trace-Id", TraceId()),
        };
        invocation.DeliveredTimestamp = Stopwatch.GetTimestamp();
        invocation.Delivered.TrySetResult();
        return new RuntimeReply(200, invocation.Event, headers);
    }

    RuntimeReply IRuntimeApiPeer.Response(string requestId, ReadOnlyMemory<byte> body, bool tooLarge, long arrived)
    {
        var invocation = Current(requestId);
        if (invocation is null)
        {
            return UnknownRequest(requestId);
        }

        if (tooLarge)
        {
            // As Lambda: the invocation stays open so that the runtime can report the failure as an error.
            invocation.Oversize = true;
            return RuntimeReply.Error(413, "RequestEntityTooLarge", string.Create(CultureInfo.InvariantCulture, $"Exceeded maximum allowed payload size ({_settings.MaxResponseBytes} bytes)."));
        }

        invocation.RespondedTimestamp = arrived;
        EndCurrent(invocation);
        invocation.Complete(OutcomeKind.Success, body, null);
        return RuntimeReply.Accepted;
    }

    RuntimeReply IRuntimeApiPeer.Error(string requestId, string? errorType, ReadOnlyMemory<byte> body)
    {
        var invocation = Current(requestId);
        if (invocation is null)
        {
            return UnknownRequest(requestId);
        }

        EndCurrent(invocation);
        if (invocation.Oversize)
        {
            invocation.Complete(OutcomeKind.TooLarge, OversizeError(invocation), "Function.ResponseSizeTooLarge");
        }
        else
        {
            // Lambda builds the error from the header when the body is missing or unreadable.
            var type = errorType ?? "Unhandled";
            invocation.Complete(OutcomeKind.FunctionError, body.IsEmpty ? Json.ErrorBody(type, type) : body, type);
        }

        return RuntimeReply.Accepted;
    }

    RuntimeReply IRuntimeApiPeer.InitError(string? errorType, ReadOnlyMemory<byte> body)
    {
        lock (_gate)
        {
            if (FirstNextTimestamp != 0)
            {
                return RuntimeReply.Error(403, "InvalidStateTransition", "init/error is only accepted before the first invocation/next.");
            }

            _initError = body.IsEmpty ? errorType ?? "Runtime.InitError" : Encoding.UTF8.GetString(body.Span);
        }

        WriteLog("init/error: " + _initError);
        return RuntimeReply.Accepted;
    }

    private Invocation? Current(string requestId)
    {
        lock (_gate)
        {
            return _current is { } current && current.RequestId == requestId && !current.Completion.Task.IsCompleted ? current : null;
        }
    }

    private void EndCurrent(Invocation invocation)
    {
        lock (_gate)
        {
            if (_current == invocation)
            {
                _current = null;
            }
        }
    }

    /// <summary>
    /// The Runtime API spec answers 400 to a response or error for a request id that is not the one in flight
    /// (unknown, already answered, or timed out), with error type <c>InvalidRequestID</c>.
    /// </summary>
    private static RuntimeReply UnknownRequest(string requestId)
        => RuntimeReply.Error(400, "InvalidRequestID", "Invalid request ID: " + requestId);

    private byte[] OversizeError(Invocation invocation) => Json.ErrorBody(
        "Function.ResponseSizeTooLarge",
        string.Create(CultureInfo.InvariantCulture, $"Response payload size exceeded maximum allowed payload size ({_settings.MaxResponseBytes} bytes). RequestId: {invocation.RequestId}"));

    private InvocationOutcome Outcome(OutcomeKind kind, Invocation invocation, ReadOnlyMemory<byte> body, string? errorType, bool coldStart, long started)
        => new(kind, invocation.RequestId, body, errorType, Id, coldStart, Stopwatch.GetElapsedTime(started))
        {
            DeliveredTimestamp = invocation.DeliveredTimestamp,
            RespondedTimestamp = invocation.RespondedTimestamp,
        };

    private async Task WatchExitAsync(Process process)
    {
        try
        {
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
        finally
        {
            int code;
            try
            {
                code = process.ExitCode;
            }
            catch (InvalidOperationException)
            {
                code = -1;
            }

            _exited.TrySetResult(code);
        }
    }

    private void WriteLog(string? line)
    {
        if (line is null || _settings.Log is not { } log)
        {
            return;
        }

        string requestId;
        lock (_gate)
        {
            requestId = _logRequestId;
        }

        log($"[{_function.FunctionName} {requestId}] {line}");
    }

    private static string TraceId()
    {
        var epoch = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var random = Guid.NewGuid().ToString("N");
        return string.Create(CultureInfo.InvariantCulture, $"Root=1-{epoch:x8}-{random[..24]};Parent={random[8..24]};Sampled=0");
    }

    /// <summary>One event on its way through an instance.</summary>
    private sealed class Invocation(string requestId, ReadOnlyMemory<byte> @event, TimeSpan timeout)
    {
        public string RequestId { get; } = requestId;
        public ReadOnlyMemory<byte> Event { get; } = @event;
        public TimeSpan Timeout { get; } = timeout;
        public TaskCompletionSource Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<(OutcomeKind Kind, ReadOnlyMemory<byte> Body, string? ErrorType)> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Oversize { get; set; }
        public long DeliveredTimestamp { get; set; }
        public long RespondedTimestamp { get; set; }

        public void Complete(OutcomeKind kind, ReadOnlyMemory<byte> body, string? errorType) => Completion.TrySetResult((kind, body, errorType));
    }
}

/// <summary>Reads fields of <c>/proc/&lt;pid&gt;/status</c>.</summary>
internal static class ProcStatus
{
    public static long? Read(Process? process, string field)
    {
        if (process is null)
        {
            return null;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/" + process.Id.ToString(CultureInfo.InvariantCulture) + "/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var digits = line.AsSpan(field.Length).Trim();
                    var space = digits.IndexOf(' ');
                    return long.Parse(space > 0 ? digits[..space] : digits, NumberStyles.Integer, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The process is gone or /proc is not there (not Linux).
        }

        return null;
    }
}
