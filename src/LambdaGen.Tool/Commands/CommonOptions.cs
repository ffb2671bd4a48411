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

    /// <summary><c>--env NAME=VALUE[,NAME=VALUE...]</c>: variables added to every instance after the template's.</summary>
    public static IReadOnlyDictionary<string, string>? Environment(Arguments arguments)
    {
        if (arguments.Value("--env") is not { } text)
        {
            return null;
        }

        var variables = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var pair in text.Split(',', System.StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new UsageException($"--env takes NAME=VALUE pairs separated by commas, not '{pair}'.");
            }

            variables[pair.Substring(0, equals)] = pair.Substring(equals + 1);
        }

        return variables;
    }
}
