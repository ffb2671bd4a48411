using System.IO.Compression;
using System.Text.RegularExpressions;
using LambdaGen.Testing;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>The NuGet package works for a consumer who only has the .nupkg.</summary>
public sealed partial class PackageTests
{
    private static readonly Lazy<string> s_package = new(Pack);

    /// <summary>Packs with a unique version so that no cached copy of an older build is ever used.</summary>
    private static string Pack()
    {
        var output = Path.Combine(Path.GetTempPath(), "lambdagen-pack-" + Guid.NewGuid().ToString("N"));
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        DotNet.Run($"pack src/LambdaGen/LambdaGen.csproj -c Release -o \"{output}\" -p:Version={version}").EnsureSuccess();
        return Directory.GetFiles(output, "LambdaGen.*.nupkg").Single();
    }

    [Fact]
    public void The_package_carries_both_runtimes_and_the_analyzers_and_leaks_no_roslyn_dependency()
    {
        using var zip = ZipFile.OpenRead(s_package.Value);
        var entries = zip.Entries.Select(static e => e.FullName).ToList();

        Assert.Contains("lib/net8.0/LambdaGen.dll", entries);
        Assert.Contains("lib/net10.0/LambdaGen.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LambdaGen.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LambdaGen.CodeFixes.dll", entries);
        Assert.Contains("build/LambdaGen.props", entries);
        var nuspec = new StreamReader(zip.Entries.Single(static e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Extensions.DependencyInjection", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_built_against_the_package_runs_its_function()
    {
        var package = s_package.Value;
        var version = VersionPattern().Match(Path.GetFileName(package)).Groups[1].Value;
        var work = Path.Combine(Path.GetTempPath(), "lambdagen-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Path.GetDirectoryName(package)}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(work, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{Path.Combine(work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LambdaGen" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(work, "Functions.cs"), """
            using System.IO;
            using System.Text;
            using LambdaGen;

            public static class Functions
            {
                [LambdaFunction(Timeout = 10)]
                public static Stream Reverse(Stream input, ILambdaContext context)
                {
                    var text = new StreamReader(input).ReadToEnd();
                    var chars = text.ToCharArray();
                    System.Array.Reverse(chars);
                    return new MemoryStream(Encoding.UTF8.GetBytes(new string(chars) + "|" + context.FunctionName));
                }
            }
            """);

        var build = DotNet.Run("build -c Release", work);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"\b0 Warning\(s\)", build.Output);

        await using var api = new RuntimeApiDouble();
        using var process = DotNet.StartFunction(Path.Combine(work, "bin", "Release", "net10.0", "Consumer"), "Reverse", api.Address);
        try
        {
            var outcome = await api.Invoke("\"abc\"").WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("\"cba\"|Reverse", outcome.Body);
        }
        finally
        {
            process.Kill();
        }
    }

    [GeneratedRegex(@"^LambdaGen\.(.+)\.nupkg$")]
    private static partial Regex VersionPattern();
}
