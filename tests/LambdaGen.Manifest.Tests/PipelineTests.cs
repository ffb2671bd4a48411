using System.Collections.Immutable;
using LambdaGen.Build;
using LambdaGen.Generators.Application;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using LambdaGen.Generators.Http;
using LambdaGen.Generators.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Manifest.Tests;

/// <summary>
/// The real parsers on real source, wired the way LambdaGenerator wires the manifest (see <see cref="ManifestOnlyGenerator"/>,
/// the snippet handed to the pipeline): source -> models -> ManifestSpecBuilder -> emitted constant -> compiled
/// assembly -> build task -> template, validated against the SAM schema. Runs on the repository's samples too.
/// </summary>
public sealed class PipelineTests
{
    [Fact]
    public void Functions_routes_and_triggers_in_source_become_the_template()
    {
        var template = Render("""
            using System.Threading;
            using System.Threading.Tasks;
            using LambdaGen;
            using LambdaGen.Events;

            [assembly: LambdaApplication("shop", DefaultMemorySize = 512, DefaultTimeout = 10, HttpApiTimeout = 20)]

            public sealed record Order(string Id);

            public static class Api
            {
                [HttpGet("/orders/{id}")]
                public static Order Get(string id) => new(id);

                [HttpPost("/orders")]
                public static Order Create(Order order) => order;

                [LambdaFunction(Name = "Admin", Timeout = 25)]
                [HttpDelete("/admin/orders/{id}")]
                public static void Delete(string id) { }
            }

            public static class Jobs
            {
                [LambdaFunction(Timeout = 120, Environment = "TABLE=orders")]
                [SqsTrigger("@OrdersQueue", BatchSize = 10)]
                public static Task<SqsBatchResponse> Orders(SqsEvent<Order> batch, CancellationToken ct) => Task.FromResult(new SqsBatchResponse());

                [LambdaFunction(Timeout = 300, Description = "Nightly", Policies = "AWSLambdaBasicExecutionRole", MemorySize = 256)]
                [ScheduleTrigger("rate(1 day)", TimeZone = "Europe/Paris", Enabled = false)]
                [FunctionUrl(Cors = "*")]
                public static Task Cleanup(ILambdaContext context) => Task.CompletedTask;
            }
            """, """{"Resources": {"OrdersQueue": {"Type": "AWS::SQS::Queue"}}}""");

        var resources = template["Resources"]!.AsObject();
        Assert.Equal(["OrdersQueue", "ShopHttpApiFunction", "AdminFunction", "CleanupFunction", "OrdersFunction"], resources.Select(static r => r.Key).ToArray());
        Assert.Equal(["GetOrdersById", "PostOrders"], resources["ShopHttpApiFunction"]!["Properties"]!["Events"]!.AsObject().Select(static e => e.Key).ToArray());
        Assert.Equal(20, (int)resources["ShopHttpApiFunction"]!["Properties"]!["Timeout"]!);
        Assert.Equal("/admin/orders/{id}", (string)resources["AdminFunction"]!["Properties"]!["Events"]!["DeleteAdminOrdersById"]!["Properties"]!["Path"]!);
        Assert.Equal(25, (int)resources["AdminFunction"]!["Properties"]!["Timeout"]!);
        Assert.Equal("""["ReportBatchItemFailures"]""", resources["OrdersFunction"]!["Properties"]!["Events"]!["SqsOrdersQueue"]!["Properties"]!["FunctionResponseTypes"]!.ToJsonString());
        Assert.Equal("orders", (string)resources["OrdersFunction"]!["Properties"]!["Environment"]!["Variables"]!["TABLE"]!);
        var cleanup = resources["CleanupFunction"]!["Properties"]!;
        Assert.Equal("""{"Type":"ScheduleV2","Properties":{"ScheduleExpression":"rate(1 day)","ScheduleExpressionTimezone":"Europe/Paris","State":"DISABLED"}}""", cleanup["Events"]!["Schedule1"]!.ToJsonString());
        Assert.Equal("""{"AuthType":"NONE","Cors":{"AllowOrigins":["*"],"AllowHeaders":["*"],"AllowMethods":["*"]}}""", cleanup["FunctionUrlConfig"]!.ToJsonString());
        Assert.Equal(("Nightly", 256, 300), ((string)cleanup["Description"]!, (int)cleanup["MemorySize"]!, (int)cleanup["Timeout"]!));
        Assert.Equal("""["AWSLambdaBasicExecutionRole"]""", cleanup["Policies"]!.ToJsonString());
    }

    [Fact]
    public void Application_without_functions_emits_no_manifest()
    {
        var (driver, _) = RunGenerator("public static class Plain { public static void M() { } }");

        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void Unrelated_edit_leaves_the_manifest_output_cached()
    {
        const string source = """
            using LambdaGen;
            public static class Jobs
            {
                [LambdaFunction]
                [ScheduleTrigger("rate(1 day)")]
                public static void Cleanup() { }
            }
            """;
        var (driver, compilation) = RunGenerator(source);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Other { public static int X() => 1; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
        driver = driver.RunGenerators(edited);

        var step = driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs);
        Assert.All(step, static o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(project)!;
            if (!Path.GetFileName(directory).StartsWith('_'))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, directory).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_samples_template_is_valid_sam(string sample)
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, sample), "*.cs", SearchOption.AllDirectories)
            .Where(static f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var existing = Path.Combine(RepoPaths.Root, sample, "serverless.template");

        var result = SamTemplateGenerator.Generate(ModelJson(sources), Sam.Aot, File.Exists(existing) ? File.ReadAllText(existing) : null);

        SamSchema.AssertValid(result.Text!);
        Assert.DoesNotContain(result.Warnings, static w => w.Code != ManifestWarnings.UnknownReference && w.Code != ManifestWarnings.ArchitectureMismatch);
    }

    private static System.Text.Json.Nodes.JsonObject Render(string source, string existing)
    {
        var result = SamTemplateGenerator.Generate(ModelJson(source), Sam.Aot, existing);
        Assert.Empty(result.Warnings);
        SamSchema.AssertValid(result.Text!);
        return Sam.Parse(result.Text!);
    }

    /// <summary>Runs the manifest wiring on the sources, compiles the emitted file alone and reads the constant back as the task does.</summary>
    private static string ModelJson(params string[] sources)
    {
        var (driver, _) = RunGenerator(sources);
        var generated = Assert.Single(driver.GetRunResult().GeneratedTrees);
        Assert.EndsWith(ManifestEmitter.HintName, generated.FilePath);
        return ManifestReader.ReadModelJson(Compiler.EmitAssembly(generated.ToString()))!;
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunGenerator(params string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(LambdaGen.SqsTriggerAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions).Assembly.Location));
        var compilation = CSharpCompilation.Create("App", sources.Select(s => CSharpSyntaxTree.ParseText(s, parse)), references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ManifestOnlyGenerator().AsSourceGenerator()], parseOptions: parse, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver.RunGenerators(compilation), compilation);
    }
}

/// <summary>
/// The manifest part of LambdaGenerator, as the pipeline wires it: the same parsers and steps, then
/// <see cref="ManifestSpecBuilder.Build(ApplicationModel, EquatableArray{FunctionModel}, EquatableArray{HttpEndpointModel})"/>
/// and <see cref="ManifestEmitter.Emit"/>.
/// </summary>
internal sealed class ManifestOnlyGenerator : IIncrementalGenerator
{
    private static readonly string[] RouteAttributes =
    [
        WellKnownNames.HttpRouteAttribute, WellKnownNames.HttpGetAttribute, WellKnownNames.HttpPostAttribute, WellKnownNames.HttpPutAttribute,
        WellKnownNames.HttpPatchAttribute, WellKnownNames.HttpDeleteAttribute, WellKnownNames.HttpHeadAttribute, WellKnownNames.HttpOptionsAttribute,
    ];

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var functions = context.SyntaxProvider
            .ForAttributeWithMetadataName(WellKnownNames.LambdaFunctionAttribute, static (node, _) => node is MethodDeclarationSyntax, static (syntax, ct) => FunctionParser.Parse(syntax, ct))
            .Where(static f => f is not null)
            .Select(static (f, _) => f!)
            .Collect()
            .Select(static (all, _) => all.OrderBy(static f => f.Name, StringComparer.Ordinal).ToEquatableArray());

        IncrementalValueProvider<ImmutableArray<HttpEndpointModel>>? all = null;
        foreach (var attribute in RouteAttributes)
        {
            var one = context.SyntaxProvider
                .ForAttributeWithMetadataName(attribute, static (node, _) => node is MethodDeclarationSyntax, static (syntax, ct) => HttpParser.Parse(syntax, ct))
                .Where(static e => e is not null)
                .Select(static (e, _) => e!)
                .Collect();
            all = all is null ? one : all.Value.Combine(one).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }

        var endpoints = all!.Value.Select(static (list, _) => list.GroupBy(static e => e.SortKey).Select(static g => g.First()).OrderBy(static e => e.SortKey, StringComparer.Ordinal).ToEquatableArray());
        var application = context.CompilationProvider.Select(static (compilation, ct) => ApplicationParser.ParseApplication(compilation, ct));

        // ---- the manifest wiring (what LambdaGenerator adds) ----
        var manifest = functions
            .Combine(endpoints)
            .Combine(application)
            .Select(static (input, _) => ManifestSpecBuilder.Build(input.Right, input.Left.Left, input.Left.Right))
            .WithTrackingName("Manifest");

        context.RegisterSourceOutput(manifest, static (output, spec) =>
        {
            if (spec is not null)
            {
                output.AddSource(ManifestEmitter.HintName, ManifestEmitter.Emit(spec));
            }
        });
    }
}
