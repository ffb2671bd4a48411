using System.Collections.Generic;
using LambdaGen.Tool.Building;

namespace LambdaGen.Tool.Commands;

/// <summary>The project options every command that runs the application shares.</summary>
internal static class CommonOptions
{
    public static readonly HashSet<string> Flags = new() { "--no-build", "--aot" };

    public static BuildRequest Read(Arguments arguments, string? target) => new(
        target,
        arguments.Flag("--no-build"),
        arguments.Flag("--aot"),
        arguments.Value("--configuration"),
        arguments.Value("--template"));
}
