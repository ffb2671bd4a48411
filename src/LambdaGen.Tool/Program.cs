using System;
using System.Threading.Tasks;
using LambdaGen.Tool.Commands;

namespace LambdaGen.Tool;

/// <summary>The <c>lambdagen</c> command.</summary>
internal static class Program
{
    private const string Usage = """
        lambdagen: run LambdaGen functions locally, exactly as Lambda runs them.

          lambdagen serve [project] [--no-build] [--aot] [--port N] [--concurrency N] [--idle-timeout S]
                [-c Configuration] [--template file] [--region R]
              Builds the project, serves its HttpApi routes on http://127.0.0.1:N (default 5050).
          lambdagen invoke <function> [project] [--event file|-] [--no-build] [--aot] [-c C] [--template file]
              Runs one event (default {}) on a fresh instance and prints the response.
          lambdagen event <http|sqs|sns|s3|schedule|dynamodb|kinesis>
              Prints a sample event to edit.
          lambdagen bench <project|executable> [--aot] [--no-build] [--runs N] [--invocations N]
                [--function F] [--json out.json] [--template file]
              Measures cold start (to the first next, to the first response), warm round trip, peak RSS and size.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "serve" => await ServeCommand.RunAsync(rest).ConfigureAwait(false),
                "invoke" => await InvokeCommand.RunAsync(rest).ConfigureAwait(false),
                "event" => EventCommand.Run(rest, Console.Out),
                "bench" => await BenchCommand.RunAsync(rest).ConfigureAwait(false),
                _ => throw new UsageException($"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("lambdagen: " + e.Message);
            Console.Error.WriteLine();
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is Building.BuildException or Manifest.ManifestException)
        {
            Console.Error.WriteLine("lambdagen: " + e.Message);
            return 1;
        }
    }
}
