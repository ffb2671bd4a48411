using System;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Building;
using LambdaGen.Tool.Emulation;
using LambdaGen.Tool.Gateway;

namespace LambdaGen.Tool.Commands;

/// <summary><c>lambdagen serve</c>: the HTTP API and Runtime API emulators until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new Arguments(args, CommonOptions.Flags);
        var build = CommonOptions.Read(arguments, arguments.Positionals.FirstOrDefault());
        var port = arguments.Int("--port", 5050);
        var concurrency = arguments.Int("--concurrency", 10, min: 1);
        var idle = arguments.Int("--idle-timeout", 300, min: 1);
        var region = arguments.Value("--region") ?? "us-east-1";
        var environment = CommonOptions.Environment(arguments);
        arguments.ThrowOnUnknown();

        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });

        var app = await AppBuilder.PrepareAsync(build, Console.Error, stop.Token).ConfigureAwait(false);
        var output = new object();
        void Log(string line)
        {
            lock (output)
            {
                Console.Out.WriteLine(line);
            }
        }

        var settings = new InstanceSettings { Log = Log, Region = region, ExtraEnvironment = environment };
        await using var lambda = new LocalLambda(app.Template, app.Executable, settings, concurrency, TimeSpan.FromSeconds(idle));
        await using var gateway = new HttpApiGateway(lambda, Log);
        Uri address;
        try
        {
            address = await gateway.StartAsync(port, stop.Token).ConfigureAwait(false);
        }
        catch (System.IO.IOException e)
        {
            Console.Error.WriteLine($"lambdagen: cannot listen on 127.0.0.1:{port} ({e.Message}). Pass --port with a free port, or --port 0 for any.");
            return 1;
        }


        Console.Out.WriteLine($"lambdagen: {app.Executable.Path} ({(app.Executable.IsNative ? "native AOT" : "managed")}), template {app.Template.Path}");
        var routes = gateway.Routes.All().ToList();
        if (routes.Count == 0)
        {
            Console.Out.WriteLine("No HttpApi routes in the template; use `lambdagen invoke <function>` for the other functions.");
        }

        foreach (var (function, route) in routes)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {route.Method,-7} {address.ToString().TrimEnd('/')}{route.Path ?? "/*  ($default)"}  -> {function.LogicalId} ({function.MemorySize} MB, {function.Timeout.TotalSeconds:0} s)"));
        }

        Console.Out.WriteLine($"Listening on {address.ToString().TrimEnd('/')} (concurrency {concurrency} per function). Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.Out.WriteLine("Stopping: ending every function instance.");
        }

        return 0;
    }
}
