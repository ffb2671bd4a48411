using System;
using System.IO;

namespace LambdaGen.Scale;

/// <summary>Finds the repository (the folder holding LambdaGen.sln) from the tool's own location.</summary>
internal static class RepoRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LambdaGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"LambdaGen.sln not found above {start}");
    }
}
