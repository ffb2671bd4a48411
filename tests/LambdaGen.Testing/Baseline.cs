using System.Runtime.CompilerServices;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>
/// Snapshot baselines: the expected text lives in a file beside the test; set LAMBDAGEN_UPDATE_BASELINES=1 to
/// rewrite the files from the current output (then read the diff before committing).
/// </summary>
public static class Baseline
{
    public static void Verify(string name, string actual, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Baselines");
        var path = Path.Combine(directory, name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("LAMBDAGEN_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline {path}; run the tests with LAMBDAGEN_UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(path + ".received", actual);
        }

        Assert.Equal(expected, actual);
    }
}
