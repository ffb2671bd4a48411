using System;
using System.Diagnostics;
using System.IO;

namespace LambdaGen.Tool.Emulation;

/// <summary>The application binary every function instance runs: an apphost, a native AOT executable, or a managed dll.</summary>
/// <param name="Path">Absolute path of the file to run.</param>
/// <param name="IsNative">Whether it was published with native AOT (reporting only).</param>
public sealed record AppExecutable(string Path, bool IsNative)
{
    /// <summary>The directory the binary lives in: <c>LAMBDA_TASK_ROOT</c> and the working directory.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>A start description; a <c>.dll</c> runs through the <c>dotnet</c> host.</summary>
    public ProcessStartInfo CreateStartInfo()
    {
        var info = Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { Path } }
            : new ProcessStartInfo(Path);
        info.UseShellExecute = false;
        info.WorkingDirectory = Directory;
        return info;
    }

    /// <summary>
    /// Bytes of the deployable application: the native executable alone, or for a managed build the apphost and
    /// the application's own assemblies and config files (the shared runtime, which Lambda's managed runtime
    /// provides, is not counted; debug symbols are not counted).
    /// </summary>
    public long SizeInBytes()
    {
        if (IsNative)
        {
            return new FileInfo(Path).Length;
        }

        long total = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.TopDirectoryOnly))
        {
            var extension = System.IO.Path.GetExtension(file);
            if (extension is ".pdb" or ".dbg" or ".xml" or ".template")
            {
                continue;
            }

            total += new FileInfo(file).Length;
        }

        return total;
    }
}
