using System.Diagnostics;

namespace LambdaGen.Manifest.Tests;

/// <summary>
/// The real MSBuild path, wired exactly as the in-repo samples are (samples/Directory.Build.props and .targets):
/// `dotnet build` of a small project writes the template, a second build leaves it untouched, and
/// LambdaGenManifest=false turns the step off. The project holds the model constant the generator would emit.
/// </summary>
public sealed class MsBuildWiringTests
{
    private const string Model = "{\"version\":1,\"applicationName\":\"wiring\",\"defaultTimeout\":10,\"httpApiRoutes\":[{\"method\":\"GET\",\"template\":\"/items/{id:int}\"}],\"functions\":[{\"name\":\"Orders\",\"triggers\":[{\"kind\":\"Sqs\",\"arguments\":{\"Queue\":\"@OrdersQueue\"}}]}]}";

    [Fact]
    public void Build_writes_the_template_and_a_second_build_leaves_it_untouched()
    {
        var project = CreateProject();
        var template = Path.Combine(project, "serverless.template");

        var first = DotNetBuild(project);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("warning LG0350", first.Output);
        var text = File.ReadAllText(template);
        SamSchema.AssertValid(text);
        var parsed = Sam.Parse(text);
        Assert.Equal("dotnet8", (string)parsed["Globals"]!["Function"]!["Runtime"]!);
        // samples/Directory.Build.props targets linux-x64, as Lambda runs it.
        Assert.Equal("bin/Release/net8.0/linux-x64/publish", (string)parsed["Globals"]!["Function"]!["CodeUri"]!);
        Assert.Equal("/items/{id}", (string)parsed["Resources"]!["WiringHttpApiFunction"]!["Properties"]!["Events"]!["GetItemsById"]!["Properties"]!["Path"]!);

        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(template, stamp);
        var second = DotNetBuild(project, "--no-restore");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(template));
        Assert.Equal(text, File.ReadAllText(template));

        File.Delete(template);
        var off = DotNetBuild(project, "--no-restore", "-p:LambdaGenManifest=false");

        Assert.True(off.ExitCode == 0, off.Output);
        Assert.False(File.Exists(template));
    }

    private static string CreateProject()
    {
        var directory = Compiler.TempDirectory();
        var root = RepoPaths.Root.Replace('\\', '/').TrimEnd('/') + "/";
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), $"""
            <Project>
              <Import Project="{root}samples/Directory.Build.props" />
              <PropertyGroup>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <LambdaGenRepoRoot>{root}</LambdaGenRepoRoot>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{root}samples/Directory.Build.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Wiring.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $$"""
            namespace LambdaGen.Generated
            {
                internal static class LambdaGenManifest
                {
                    public const string Model = {{Generators.Common.SourceWriter.Literal(Model)}};
                }
            }

            public static class Program
            {
                public static void Main() { }
            }
            """);
        return directory;
    }

    private static (int ExitCode, string Output) DotNetBuild(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", "Wiring.csproj", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
