using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Tool.Emulation;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Building;

/// <summary>
/// The fallback when an application has no SAM template yet: ask the binary which functions it has. A LambdaGen
/// <c>Main</c> started without <c>_HANDLER</c> fails its init with "Known functions: a, b" on stderr; that list
/// becomes a template in which <c>HttpApi</c>, the route table function, takes every request as the
/// <c>$default</c> route (its generated table routes on the raw path then).
/// </summary>
internal static class FunctionDiscovery
{
    private const string Marker = "Known functions: ";

    /// <summary>Local timeout for discovered functions: generous, since the real one is unknown.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<SamTemplate?> DiscoverAsync(AppExecutable executable, CancellationToken cancellationToken)
    {
        var info = executable.CreateStartInfo();
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        info.Environment["_HANDLER"] = "";

        // A closed port: the init error report fails fast, after the message is written.
        info.Environment["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9";
        using var process = Process.Start(info);
        if (process is null)
        {
            return null;
        }

        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        var text = await stderr.ConfigureAwait(false) + await stdout.ConfigureAwait(false);
        return Parse(text);
    }

    /// <summary>The template for the function list in <paramref name="output"/>, or null when there is none.</summary>
    internal static SamTemplate? Parse(string output)
    {
        var start = output.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var line = output.Substring(start + Marker.Length).Split('\n')[0].Trim();
        var names = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            return null;
        }

        var json = new StringBuilder("{\"Resources\":{");
        for (var i = 0; i < names.Length; i++)
        {
            var name = Encoding.UTF8.GetString(Json.Write(w => w.WriteStringValue(names[i])));
            var events = names[i] == "HttpApi" ? ",\"Events\":{\"Default\":{\"Type\":\"HttpApi\"}}" : "";
            json.Append(i > 0 ? "," : "").Append(name).Append(":{\"Type\":\"AWS::Serverless::Function\",\"Properties\":{\"Handler\":")
                .Append(name).Append(",\"Timeout\":").Append((int)Timeout.TotalSeconds).Append(events).Append("}}");
        }

        json.Append("}}");
        return SamTemplate.Parse(json.ToString(), "(functions reported by the binary)");
    }
}
