using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Emulation;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Building;

/// <summary>What to run: a project (built here unless told not to) or an already built executable.</summary>
/// <param name="Target">A project file, a folder holding one, or an executable; null for the current folder.</param>
/// <param name="NoBuild">Use the existing build output.</param>
/// <param name="Aot">Publish with native AOT instead of building managed.</param>
/// <param name="Configuration">The build configuration (Release for --aot unless given).</param>
/// <param name="TemplatePath">The SAM template; by default <c>serverless.template</c> beside the project or executable.</param>
internal sealed record BuildRequest(string? Target, bool NoBuild, bool Aot, string? Configuration, string? TemplatePath);

/// <summary>A runnable application: its binary and its template.</summary>
internal sealed record PreparedApp(AppExecutable Executable, SamTemplate Template, string? ProjectPath);

/// <summary>Builds or publishes the project with the dotnet CLI and asks MSBuild where the binary is.</summary>
internal static class AppBuilder
{
    public const string TemplateFileName = "serverless.template";

    public static async Task<PreparedApp> PrepareAsync(BuildRequest request, TextWriter log, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(request.Target ?? ".");
        if (File.Exists(target) && !IsProjectFile(target))
        {
            var templatePath = request.TemplatePath ?? Path.Combine(Path.GetDirectoryName(target)!, TemplateFileName);
            var native = !target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !File.Exists(Path.ChangeExtension(target, ".dll"));
            var app = new AppExecutable(target, native);
            return new PreparedApp(app, await LoadTemplateAsync(templatePath, request.TemplatePath is not null, app, log, cancellationToken).ConfigureAwait(false), null);
        }

        var project = FindProject(target);
        var projectDir = Path.GetDirectoryName(project)!;
        var configuration = request.Configuration ?? (request.Aot ? "Release" : "Debug");

        AppExecutable executable;
        if (request.Aot)
        {
            var rid = RuntimeInformation.RuntimeIdentifier;
            var output = Path.Combine(projectDir, "bin", "lambdagen", "aot", rid);
            var properties = await GetPropertiesAsync(project, cancellationToken, ["AssemblyName", "PublishAot"], "-p:Configuration=" + configuration).ConfigureAwait(false);
            if (!request.NoBuild)
            {
                var publish = new List<string> { "publish", project, "-c", configuration, "-r", rid, "-o", output, "-nologo", "-v", "q" };

                // PublishAot on the command line would flow to every referenced project, analyzers included, and
                // fail there (NETSDK1207); it is only added for a project that does not set it itself.
                if (!string.Equals(properties["PublishAot"], "true", StringComparison.OrdinalIgnoreCase))
                {
                    publish.Add("-p:PublishAot=true");
                }

                await RunDotnetAsync(log, cancellationToken, publish.ToArray()).ConfigureAwait(false);
            }

            executable = new AppExecutable(Path.Combine(output, properties["AssemblyName"]), IsNative: true);
        }
        else
        {
            if (!request.NoBuild)
            {
                await RunDotnetAsync(log, cancellationToken, "build", project, "-c", configuration, "-nologo", "-v", "q").ConfigureAwait(false);
            }

            var targetPath = (await GetPropertiesAsync(project, cancellationToken, ["TargetPath"], "-p:Configuration=" + configuration).ConfigureAwait(false))["TargetPath"];
            var apphost = Path.ChangeExtension(targetPath, OperatingSystem.IsWindows() ? ".exe" : null);
            executable = new AppExecutable(File.Exists(apphost) ? apphost : targetPath, IsNative: false);
        }

        if (!File.Exists(executable.Path))
        {
            throw new BuildException($"The build output {executable.Path} does not exist{(request.NoBuild ? " (drop --no-build to build it)" : "")}.");
        }

        // After the build: the build is what writes the template.
        var template = await LoadTemplateAsync(request.TemplatePath ?? Path.Combine(projectDir, TemplateFileName), request.TemplatePath is not null, executable, log, cancellationToken).ConfigureAwait(false);
        return new PreparedApp(executable, template, project);
    }

    /// <summary>The project file at or in <paramref name="target"/>.</summary>
    public static string FindProject(string target)
    {
        if (File.Exists(target))
        {
            return target;
        }

        if (!Directory.Exists(target))
        {
            throw new BuildException($"{target} is neither a project, a folder, nor an executable.");
        }

        var projects = Directory.GetFiles(target, "*.csproj");
        return projects.Length switch
        {
            1 => projects[0],
            0 => throw new BuildException($"No project file in {target}."),
            _ => throw new BuildException($"Several project files in {target}: name one ({string.Join(", ", projects.Select(Path.GetFileName))})."),
        };
    }

    private static async Task<SamTemplate> LoadTemplateAsync(string path, bool explicitPath, AppExecutable executable, TextWriter log, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return SamTemplate.Load(path);
        }

        if (explicitPath)
        {
            throw new BuildException($"No SAM template at {path}.");
        }

        var template = await FunctionDiscovery.DiscoverAsync(executable, cancellationToken).ConfigureAwait(false)
            ?? throw new BuildException($"No SAM template at {path}, and {executable.Path} did not list its functions. LambdaGen writes serverless.template beside the project when it builds; pass --template to use another file.");
        log.WriteLine($"lambdagen: no {TemplateFileName} beside the project; the binary reports the functions {string.Join(", ", template.Functions.Select(static f => f.Handler))}.");
        if (template.Routes.Any())
        {
            log.WriteLine("lambdagen: without the template's routes, HttpApi takes every path as the $default route and its own route table does the routing.");
        }

        return template;
    }

    private static bool IsProjectFile(string path) => path.EndsWith("proj", StringComparison.OrdinalIgnoreCase);

    /// <summary>Evaluates MSBuild properties (<c>dotnet msbuild -getProperty</c>).</summary>
    public static async Task<Dictionary<string, string>> GetPropertiesAsync(string project, CancellationToken cancellationToken, string[] names, params string[] extra)
    {
        // Two or more -getProperty switches make MSBuild print JSON; ask for one more to always get JSON.
        var args = new List<string> { "msbuild", project, "-nologo" };
        args.AddRange(names.Append("MSBuildProjectName").Select(static n => "-getProperty:" + n));
        args.AddRange(extra);
        var (code, stdout, stderr) = await CaptureAsync(args, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new BuildException($"dotnet msbuild -getProperty failed ({code}):\n{stdout}{stderr}");
        }

        using var document = JsonDocument.Parse(stdout);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.GetProperty("Properties").EnumerateObject())
        {
            result[property.Name] = property.Value.GetString() ?? "";
        }

        return result;
    }

    private static async Task RunDotnetAsync(TextWriter log, CancellationToken cancellationToken, params string[] args)
    {
        log.WriteLine("> dotnet " + string.Join(' ', args.Select(static a => a.Contains(' ') ? "\"" + a + "\"" : a)));
        var (code, stdout, stderr) = await CaptureAsync(args, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new BuildException($"dotnet {args[0]} failed with exit code {code}:\n{stdout}{stderr}");
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> CaptureAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new BuildException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}

/// <summary>The application could not be built or found.</summary>
internal sealed class BuildException(string message) : Exception(message);

