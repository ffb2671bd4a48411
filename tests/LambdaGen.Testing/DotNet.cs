using System.Diagnostics;
using System.Text;

namespace LambdaGen.Testing;

/// <summary>Runs the dotnet CLI and other processes for end-to-end tests.</summary>
public static class DotNet
{
    /// <summary>The repository root (the folder holding LambdaGen.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public sealed record Result(int ExitCode, string Output)
    {
        public Result EnsureSuccess()
        {
            if (ExitCode != 0)
            {
                throw new InvalidOperationException($"exit code {ExitCode}:\n{Output}");
            }

            return this;
        }
    }

    public static Result Run(string arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
        => Exec("dotnet", arguments, workingDirectory, environment, timeout);

    public static Result Exec(string fileName, string arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // Tests run inside `dotnet test`; its MSBuild variables must not leak into nested builds.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "DOTNET_HOST_PATH" })
        {
            info.Environment.Remove(key);
        }

        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            info.Environment[pair.Key] = pair.Value;
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish:\n{output}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>Starts a function binary the way Lambda does: its environment names the Runtime API and the handler.</summary>
    public static Process StartFunction(string executable, string handler, string runtimeApi, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        info.Environment["_HANDLER"] = handler;
        info.Environment["AWS_LAMBDA_FUNCTION_NAME"] = handler;
        info.Environment["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST";
        info.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "256";
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            info.Environment[pair.Key] = pair.Value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LambdaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LambdaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
