using System;
using System.IO;
using LambdaGen.Tool.Events;

namespace LambdaGen.Tool.Commands;

/// <summary><c>lambdagen event &lt;kind&gt;</c>: prints a sample event.</summary>
internal static class EventCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length != 1)
        {
            throw new UsageException("event takes one kind: " + string.Join('|', SampleEvents.Kinds) + ".");
        }

        var json = SampleEvents.Get(args[0], DateTimeOffset.UtcNow)
            ?? throw new UsageException($"Unknown event kind '{args[0]}'. Kinds: {string.Join(", ", SampleEvents.Kinds)}.");
        output.WriteLine(json);
        return 0;
    }
}
