using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Building;
using LambdaGen.Tool.Emulation;

namespace LambdaGen.Tool.Commands;

/// <summary><c>lambdagen invoke</c>: one event of any trigger on a fresh instance; the response on stdout, logs on stderr.</summary>
internal static class InvokeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new Arguments(args, CommonOptions.Flags);
        if (arguments.Positionals.Count == 0)
        {
            throw new UsageException("invoke needs a function name (its logical id, FunctionName or Handler).");
        }

        var name = arguments.Positionals[0];
        var build = CommonOptions.Read(arguments, arguments.Positionals.ElementAtOrDefault(1));
        var eventSource = arguments.Value("--event");
        var environment = CommonOptions.Environment(arguments);
        arguments.ThrowOnUnknown();

        var @event = eventSource switch
        {
            null => "{}"u8.ToArray(),
            "-" => await ReadAllAsync(Console.OpenStandardInput()).ConfigureAwait(false),
            _ => await File.ReadAllBytesAsync(eventSource).ConfigureAwait(false),
        };

        var app = await AppBuilder.PrepareAsync(build, Console.Error, CancellationToken.None).ConfigureAwait(false);
        var function = app.Template.Find(name)
            ?? throw new UsageException($"No function '{name}' in {app.Template.Path}. Functions: {string.Join(", ", app.Template.Functions.Select(static f => f.LogicalId))}.");

        var settings = new InstanceSettings { Log = Console.Error.WriteLine, ExtraEnvironment = environment };
        await using var pool = new InstancePool(function, app.Executable, settings, concurrency: 1, Timeout.InfiniteTimeSpan);
        var outcome = await pool.InvokeAsync(@event).ConfigureAwait(false);

        using (var stdout = Console.OpenStandardOutput())
        {
            await stdout.WriteAsync(outcome.Body).ConfigureAwait(false);
        }

        Console.Out.WriteLine();
        Console.Error.WriteLine($"{function.LogicalId}: {outcome.Kind}{(outcome.ErrorType is null ? "" : " (" + outcome.ErrorType + ")")} in {outcome.Duration.TotalMilliseconds:0.0} ms, cold start, request {outcome.RequestId}");
        return outcome.Kind == OutcomeKind.Success ? 0 : 1;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
