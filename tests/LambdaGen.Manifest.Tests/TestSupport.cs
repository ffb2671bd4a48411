using System.Collections.Immutable;
using System.Reflection;
using LambdaGen.Build;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using LambdaGen.Generators.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema;

namespace LambdaGen.Manifest.Tests;

/// <summary>Paths in the repository and beside it (CI has ../shared beside the clone).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SamSchema => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "sam.schema.json"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LambdaGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LambdaGen.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The SAM schema, loaded once; any violation fails the test with every error listed.</summary>
internal static class SamSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(RepoPaths.SamSchema).GetAwaiter().GetResult());

    public static void AssertValid(string template)
    {
        var errors = Schema.Value.Validate(template);
        Assert.True(errors.Count == 0, "Template violates the SAM schema:\n" + string.Join("\n", errors.Select(static e => e.ToString())) + "\n" + template);
    }

    public static int ViolationCount(string template) => Schema.Value.Validate(template).Count;
}

/// <summary>Builds generator models tersely.</summary>
internal static class Spec
{
    public static EquatableArray<T> Array<T>(params T[] items) where T : IEquatable<T> => items.ToImmutableArray().ToEquatableArray();

    public static RouteManifestSpec Route(string method, string template) => new(method, template);

    public static TriggerModel Trigger(string kind, params (string Key, string Value)[] arguments)
        => new(kind, arguments.Select(static a => new AttributeArgument(a.Key, a.Value)).ToImmutableArray().ToEquatableArray());

    public static FunctionManifestSpec Function(
        string name,
        int memorySize = 0,
        int timeout = 0,
        string? description = null,
        string? architecture = null,
        string? role = null,
        string? policies = null,
        string? environment = null,
        int reservedConcurrency = 0,
        RouteManifestSpec[]? routes = null,
        TriggerModel[]? triggers = null,
        FunctionUrlManifestSpec? url = null,
        bool reportBatchItemFailures = false)
        => new(name, description, memorySize, timeout, architecture, role, policies, environment, reservedConcurrency,
            Array(routes ?? []), Array(triggers ?? []), url, reportBatchItemFailures);

    public static ManifestSpec App(string name = "todo-app", int memory = 512, int timeout = 10, string? architecture = null, int httpTimeout = 0, int httpMemory = 0, string? cors = null, RouteManifestSpec[]? routes = null, params FunctionManifestSpec[] functions)
        => new(name, memory, timeout, architecture, httpTimeout, httpMemory, cors, Array(routes ?? []), Array(functions));

    /// <summary>The application from docs/manifest.md: an HTTP API, every trigger kind, a function URL, policies and environment.</summary>
    public static ManifestSpec TodoApp(string getTemplate = "/todos/{id:int}") => App(
        cors: "https://example.com",
        httpTimeout: 15,
        routes:
        [
            Route("GET", getTemplate),
            Route("GET", "/todos"),
            Route("POST", "/todos"),
            Route("DELETE", "/todos/{id:int}"),
            Route("GET", "/hello/{name?}"),
            Route("GET", "/files/{*path}"),
        ],
        functions:
        [
            Function("Orders", timeout: 120, memorySize: 1024,
                policies: "SQSPollerPolicy(QueueName=@OrdersQueue.QueueName), AWSXRayDaemonWriteAccess",
                environment: "TABLE=@TodoTable; STAGE=prod",
                triggers: [Trigger("Sqs", ("Queue", "@OrdersQueue"), ("BatchSize", "10"), ("MaximumConcurrency", "5"), ("Filters", "{\"body\":{\"kind\":[\"order\"]}}"))],
                reportBatchItemFailures: true),
            Function("Cleanup", timeout: 300, description: "Nightly cleanup",
                triggers:
                [
                    Trigger("Schedule", ("Expression", "rate(1 day)")),
                    Trigger("Schedule", ("Expression", "cron(0 3 * * ? *)"), ("TimeZone", "Europe/Paris"), ("Input", "{\"dryRun\":true}"), ("Enabled", "false")),
                ]),
            Function("Notify", triggers: [Trigger("Sns", ("Topic", "@AlertsTopic"), ("FilterPolicy", "{\"level\":[\"error\"]}"))]),
            Function("Thumbnail", architecture: "arm64", role: "@ThumbnailRole",
                triggers: [Trigger("S3", ("Bucket", "@UploadsBucket"), ("Prefix", "images/"), ("Suffix", ".png"))]),
            Function("Audit", triggers: [Trigger("EventRule", ("Pattern", "{\"source\":[\"aws.s3\"]}"))]),
            Function("TodoChanges", reservedConcurrency: 2,
                triggers: [Trigger("DynamoDbStream", ("Stream", "@TodoTable"), ("StartingPosition", "TRIM_HORIZON"), ("BatchSize", "100"))],
                reportBatchItemFailures: true),
            Function("Clicks", triggers: [Trigger("Kinesis", ("Stream", "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"))]),
            Function("Webhook", url: new FunctionUrlManifestSpec("NONE", "https://example.com"), routes: [Route("POST", "/webhook")], timeout: 20),
        ]);

    /// <summary>The resources the TodoApp's references need, as a user would declare them by hand.</summary>
    public const string TodoAppUserTemplate = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Transform": "AWS::Serverless-2016-10-31",
          "Resources": {
            "OrdersQueue": { "Type": "AWS::SQS::Queue" },
            "AlertsTopic": { "Type": "AWS::SNS::Topic" },
            "UploadsBucket": { "Type": "AWS::S3::Bucket" },
            "TodoTable": {
              "Type": "AWS::DynamoDB::Table",
              "Properties": {
                "BillingMode": "PAY_PER_REQUEST",
                "AttributeDefinitions": [ { "AttributeName": "id", "AttributeType": "S" } ],
                "KeySchema": [ { "AttributeName": "id", "KeyType": "HASH" } ],
                "StreamSpecification": { "StreamViewType": "NEW_AND_OLD_IMAGES" }
              }
            },
            "ThumbnailRole": {
              "Type": "AWS::IAM::Role",
              "Properties": {
                "AssumeRolePolicyDocument": {
                  "Version": "2012-10-17",
                  "Statement": [ { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" } ]
                }
              }
            }
          }
        }
        """;
}

/// <summary>Compiles emitted code into a real assembly on disk, as the build would.</summary>
internal static class Compiler
{
    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "lambdagen-manifest-tests");

    public static string EmitAssembly(params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "App" + Guid.NewGuid().ToString("N"),
            sources.Select(static s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        Directory.CreateDirectory(TempRoot);
        var path = Path.Combine(TempRoot, compilation.AssemblyName + ".dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        }

        return path;
    }

    public static string EmitModelAssembly(ManifestSpec spec) => EmitAssembly(ManifestEmitter.Emit(spec), "public static class UserCode { }");

    /// <summary>A compilation of <paramref name="source"/> against the real LambdaGen attributes, for the parser helpers.</summary>
    public static CSharpCompilation WithLambdaGen(string source)
        => CSharpCompilation.Create(
            "Parse",
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(LambdaGen.SqsTriggerAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static string TempDirectory()
    {
        var path = Path.Combine(TempRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}

/// <summary>Shortcuts over the task's pure API.</summary>
internal static class Sam
{
    public static readonly BuildFacts Managed = new(false, "net8.0", null, "TodoApp", "bin/Release/net8.0/publish");
    public static readonly BuildFacts Aot = new(true, "net10.0", "linux-arm64", "TodoApp", "bin/Release/net10.0/linux-arm64/publish");

    public static SamTemplateResult Generate(ManifestSpec spec, BuildFacts? facts = null, string? existing = null)
        => SamTemplateGenerator.Generate(ManifestEmitter.Serialize(spec), facts ?? Aot, existing);

    public static string Text(ManifestSpec spec, BuildFacts? facts = null, string? existing = null)
    {
        var result = Generate(spec, facts, existing);
        Assert.NotNull(result.Text);
        return result.Text!;
    }

    public static System.Text.Json.Nodes.JsonObject Parse(string text) => System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();

    public static string[] Codes(SamTemplateResult result) => result.Warnings.Select(static w => w.Code).ToArray();
}
