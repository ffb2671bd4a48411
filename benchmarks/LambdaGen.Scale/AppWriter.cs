using System.Globalization;
using System.IO;
using System.Text;

namespace LambdaGen.Scale;

/// <summary>
/// Writes one application of N functions, one file per function, rotating through four kinds: a plain function
/// (JSON event in, JSON result out), an HTTP GET with route and query binding, an HTTP POST with route and body
/// binding, and an SQS trigger taking <c>SqsMessage&lt;T&gt;</c>. Each function has its own request and reply
/// records, as real applications do. The twin has the same methods without LambdaGen's attributes, generator or
/// build targets, and a trivial Main, so that the difference between the two builds is LambdaGen's cost. The JSON
/// twin adds what the twin would need to run under Native AOT without LambdaGen: a hand-written
/// <c>JsonSerializerContext</c> naming every request and reply type (System.Text.Json's source generator).
/// </summary>
internal static class AppWriter
{
    /// <summary>The file and text that measure.sh edits: a statement inside the body of function <see cref="EditTarget"/>.</summary>
    public const int EditTarget = 1;

    public static void Write(string folder, string repo, int count, bool withLambdaGen, bool withJsonContext = false)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(folder, "Functions"));
        File.WriteAllText(Path.Combine(folder, "Scale.csproj"), Project(repo, withLambdaGen));
        File.WriteAllText(Path.Combine(folder, "App.cs"), withLambdaGen ? LambdaGenApp : TwinApp);
        if (withLambdaGen)
        {
            File.WriteAllText(Path.Combine(folder, "serverless.template"), Template(count));
        }

        if (withJsonContext)
        {
            File.WriteAllText(Path.Combine(folder, "Json.cs"), JsonContext(count));
        }

        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, "Functions", FileName(i)), Function(i, withLambdaGen));
        }
    }

    /// <summary>The LambdaGen app's sources in memory (the application file, then function 0..N-1), for in-process benchmarks.</summary>
    public static string[] Sources(int count)
    {
        var sources = new string[count + 1];
        sources[0] = LambdaGenApp;
        for (var i = 0; i < count; i++)
        {
            sources[i + 1] = Function(i, withLambdaGen: true);
        }

        return sources;
    }

    public static string FileName(int index) => "F" + index.ToString("D4", CultureInfo.InvariantCulture) + ".cs";

    private static string Project(string repo, bool withLambdaGen)
    {
        var root = repo.TrimEnd('/') + "/";
        var common = """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- As in AWS's measurement: the trim and AOT analyzers run during build. -->
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
                <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
            """;
        if (!withLambdaGen)
        {
            return $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <!-- Twin: the same user code without LambdaGen's generator (the runtime is referenced for ILambdaContext and SqsMessage<T>). -->
                  <PropertyGroup>
                {common}
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{root}src/LambdaGen/LambdaGen.csproj" />
                  </ItemGroup>
                </Project>
                """;
        }

        // The wiring of samples/Directory.Build.props and .targets: the build props, the runtime, the generator as
        // an analyzer, the manifest task built first and the build targets. The task runs in the build process, as it
        // does for a package consumer (the samples use a task host only so that rebuilding the repo never finds the
        // task's dll loaded).
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <LambdaGenRepoRoot>{root}</LambdaGenRepoRoot>
              </PropertyGroup>
              <Import Project="$(LambdaGenRepoRoot)src/LambdaGen/build/LambdaGen.props" />
              <PropertyGroup>
            {common}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="$(LambdaGenRepoRoot)src/LambdaGen/LambdaGen.csproj" />
                <ProjectReference Include="$(LambdaGenRepoRoot)src/LambdaGen.Generators/LambdaGen.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="$(LambdaGenRepoRoot)src/LambdaGen.Build/LambdaGen.Build.csproj" ReferenceOutputAssembly="false" Private="false" SkipGetTargetFrameworkProperties="true" SetTargetFramework="TargetFramework=net8.0" />
              </ItemGroup>
              <PropertyGroup>
                <LambdaGenTaskAssembly>$(LambdaGenRepoRoot)src/LambdaGen.Build/bin/$(Configuration)/net8.0/LambdaGen.Build.dll</LambdaGenTaskAssembly>
              </PropertyGroup>
              <Import Project="$(LambdaGenRepoRoot)src/LambdaGen/build/LambdaGen.targets" />
            </Project>
            """;
    }

    /// <summary>The context a user of AWS's tooling writes by hand: every type on the wire, camelCase as LambdaGen's default.</summary>
    private static string JsonContext(int count)
    {
        var text = new StringBuilder();
        text.Append("using System.Text.Json.Serialization;\n\nnamespace Scale;\n\n[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[JsonSerializable(typeof(Request{i}))]\n[JsonSerializable(typeof(Reply{i}))]\n");
        }

        text.Append("internal sealed partial class ScaleJsonContext : JsonSerializerContext\n{\n}\n");
        return text.ToString();
    }

    /// <summary>The hand-declared queues the SQS triggers name (<c>@Queue{i}</c>); the build adds the functions.</summary>
    private static string Template(int count)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Transform\": \"AWS::Serverless-2016-10-31\",\n  \"Resources\": {");
        var first = true;
        for (var i = 3; i < count; i += 4)
        {
            text.Append(first ? "\n" : ",\n");
            text.Append(CultureInfo.InvariantCulture, $"    \"Queue{i}\": {{ \"Type\": \"AWS::SQS::Queue\" }}");
            first = false;
        }

        text.Append("\n  }\n}\n");
        return text.ToString();
    }

    private const string LambdaGenApp = """
        [assembly: LambdaGen.LambdaApplication("scale", DefaultMemorySize = 256, DefaultTimeout = 10)]

        """;

    private const string TwinApp = """
        namespace Scale;

        public static class Program
        {
            public static void Main()
            {
            }
        }

        """;

    public static string Function(int i, bool withLambdaGen)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        string Attr(string text) => withLambdaGen ? text : "";
        var body = (i % 4) switch
        {
            0 => $$"""
                    {{Attr("[LambdaFunction]")}}
                    public static Reply{{n}} Run{{n}}(Request{{n}} request, ILambdaContext context)
                    {
                        var seed = {{n}};
                        context.Logger.LogInformation($"run {{n}} for {request.Name}");
                        return new Reply{{n}}(request.Name + seed, request.Count + 1);
                    }
                """,
            1 => $$"""
                    {{Attr($"[HttpGet(\"/items{n}/{{id:int}}\")]")}}
                    public static Reply{{n}} Get{{n}}(int id, string? filter)
                    {
                        var seed = {{n}};
                        return new Reply{{n}}((filter ?? "all") + seed, id);
                    }
                """,
            2 => $$"""
                    {{Attr($"[HttpPost(\"/items{n}/{{id:int}}\")]")}}
                    public static Reply{{n}} Post{{n}}(int id, {{Attr("[FromBody] ")}}Request{{n}} body)
                    {
                        var seed = {{n}};
                        return new Reply{{n}}(body.Name + seed, id + body.Count);
                    }
                """,
            _ => $$"""
                    {{Attr("[LambdaFunction]")}}
                    {{Attr($"[SqsTrigger(\"@Queue{n}\")]")}}
                    public static Task Handle{{n}}(SqsMessage<Request{{n}}> message, ILambdaContext context)
                    {
                        var seed = {{n}};
                        context.Logger.LogInformation($"message {message.MessageId}: {message.Body.Name} {seed}");
                        return Task.CompletedTask;
                    }
                """,
        };

        var text = new StringBuilder();
        text.Append($$"""
            using System.Threading.Tasks;
            using LambdaGen;
            using LambdaGen.Events;

            namespace Scale;

            public sealed record Request{{n}}(string Name, int Count);

            public sealed record Reply{{n}}(string Message, int Total);

            public static class Functions{{n}}
            {

            """);
        text.Append(body.Replace("\n        \n", "\n", System.StringComparison.Ordinal));
        text.Append("\n}\n");
        return text.ToString().Replace("    \n", "", System.StringComparison.Ordinal);
    }
}
