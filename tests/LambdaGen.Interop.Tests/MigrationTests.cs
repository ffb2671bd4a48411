using System.Text.Json;
using LambdaGen.CodeFixes.Migration;
using LambdaGen.Generators.Analyzers.Migration;
using Microsoft.CodeAnalysis.Diagnostics;
using LambdaGen.Testing;

namespace LambdaGen.Interop.Tests;

/// <summary>LG0030/LG0031 and the code fix that moves a Lambda Annotations project to LambdaGen.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Every_Annotations_attribute_of_the_project_is_reported_once()
    {
        var diagnostics = await CodeFixHarness.DiagnosticsAsync(CodeFixHarness.CreateProject(AnnotationsProject.All));

        Assert.All(diagnostics, static d => Assert.Equal("LG0030", d.Id));
        Assert.Equal(2 + 22 + 15, diagnostics.Length);
        Assert.Equal(8, diagnostics.Count(static d => d.Properties.ContainsKey("Merge")));
        Assert.Contains(diagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) == "[HttpApi] is Amazon.Lambda.Annotations'; LambdaGen does not serve it; replace it with [HttpRoute]");
    }

    [Fact]
    public async Task Attributes_without_an_equivalent_are_LG0031_and_get_no_fix()
    {
        const string source = """
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Annotations.APIGateway;
            public class F
            {
                [LambdaFunction]
                [HttpApi(LambdaHttpMethod.Get, "/x")]
                [HttpApiAuthorizer(Name = "jwt")]
                public string X() => "x";
            }
            """;
        var project = CodeFixHarness.CreateProject(source);
        var diagnostics = await CodeFixHarness.DiagnosticsAsync(project);

        var authorizer = Assert.Single(diagnostics, static d => d.Id == "LG0031");
        Assert.Contains("authorizers are declared in the SAM template", authorizer.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(await CodeFixHarness.ActionsAsync(project, authorizer));
    }

    [Fact]
    public async Task No_diagnostic_without_Annotations_or_for_LambdaGen_attributes()
    {
        var project = CodeFixHarness.CreateProject("""
            using LambdaGen;
            public class F { [LambdaFunction] [HttpGet("/x")] public string X([FromQuery] int a) => "x"; }
            """);

        Assert.Empty(await CodeFixHarness.DiagnosticsAsync(project));
    }

    [Fact]
    public async Task A_route_offers_both_actions_and_the_merge_drops_its_LambdaFunction_keeping_the_docs()
    {
        var project = CodeFixHarness.CreateProject(AnnotationsProject.Products);
        var diagnostics = await CodeFixHarness.DiagnosticsAsync(project);
        var route = diagnostics.First(static d => d.Properties.ContainsKey("Merge"));

        var actions = await CodeFixHarness.ActionsAsync(project, route);
        Assert.Equal(["Use LambdaGen's attribute", "Move route into the HTTP API function"], actions.Select(static a => a.Title));
        Assert.Equal([AnnotationsMigrationCodeFix.RewriteKey, AnnotationsMigrationCodeFix.MergeKey], actions.Select(static a => a.EquivalenceKey));

        var merged = (await CodeFixHarness.TextsAsync(await CodeFixHarness.ApplyAsync(actions[1], project)))[0];
        Assert.Contains("""
                /// <summary>One product by id.</summary>
                [LambdaGen.HttpGet("/products/{id}")]
                public string Get(int id, ILambdaContext context)
            """, merged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[HttpApi(LambdaHttpMethod.Any, \"/files/{path+}\")]", "[HttpRoute(\"ANY\", \"/files/{*path}\")]")]
    [InlineData("[HttpApi(LambdaHttpMethod.Post, \"/a/{id}\", Version = HttpApiVersion.V1)]", "[HttpPost(\"/a/{id}\")]")]
    [InlineData("[RestApi(LambdaHttpMethod.Patch, \"/a\")]", "[HttpPatch(\"/a\")]")]
    [InlineData("[LambdaFunction(Name = \"n\", Timeout = 9, MemorySize = 256, Role = \"@R\", Policies = \"P\", ResourceName = \"X\", PackageType = LambdaPackageType.Image)]", "[LambdaFunction(Name = \"n\", Timeout = 9, MemorySize = 256, Role = \"@R\", Policies = \"P\")]")]
    [InlineData("[FunctionUrl(AuthType = FunctionUrlAuthType.AWS_IAM)]", "[FunctionUrl(AuthType = \"AWS_IAM\")]")]
    [InlineData("[SQSEvent(\"@Q\", BatchSize = 5, MaximumConcurrency = 3, Filters = \"f\", ResourceName = \"E\", Enabled = false)]", "[SqsTrigger(\"@Q\", BatchSize = 5, MaximumConcurrency = 3, Filters = \"f\", Enabled = false)]")]
    [InlineData("[SNSEvent(\"@T\", FilterPolicy = \"{}\", Enabled = true)]", "[SnsTrigger(\"@T\", FilterPolicy = \"{}\")]")]
    [InlineData("[S3Event(\"@B\", Events = \"s3:ObjectRemoved:*\", FilterPrefix = \"in/\", FilterSuffix = \".csv\")]", "[S3Trigger(\"@B\", Events = \"s3:ObjectRemoved:*\", Prefix = \"in/\", Suffix = \".csv\")]")]
    [InlineData("[DynamoDBEvent(\"@T\", BatchSize = 10, StartingPosition = \"TRIM_HORIZON\", Filters = \"{}\")]", "[DynamoDbStreamTrigger(\"@T\", BatchSize = 10, StartingPosition = \"TRIM_HORIZON\")]")]
    [InlineData("[ScheduleEvent(\"rate(1 hour)\", Description = \"d\", Input = \"{}\", Enabled = false)]", "[ScheduleTrigger(\"rate(1 hour)\", Input = \"{}\", Enabled = false)]")]
    public async Task Each_attribute_maps_to_its_LambdaGen_equivalent(string before, string after)
    {
        var source = $$"""
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Annotations.APIGateway;
            using Amazon.Lambda.Annotations.DynamoDB;
            using Amazon.Lambda.Annotations.S3;
            using Amazon.Lambda.Annotations.Schedule;
            using Amazon.Lambda.Annotations.SNS;
            using Amazon.Lambda.Annotations.SQS;

            public class F
            {
                {{before}}
                public void X() { }
            }
            """;

        var project = CodeFixHarness.CreateProject(source);
        var fixedText = (await CodeFixHarness.TextsAsync(await CodeFixHarness.FixAllAsync(project, AnnotationsMigrationCodeFix.RewriteKey)))[0];

        Assert.Equal($$"""
            using LambdaGen;

            public class F
            {
                {{after}}
                public void X() { }
            }
            """, fixedText);
    }

    [Fact]
    public async Task Parameter_attributes_and_global_properties_are_rewritten_and_removed()
    {
        const string source = """
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Annotations.APIGateway;

            [assembly: LambdaGlobalProperties(GenerateMain = true)]

            public class F
            {
                [LambdaFunction]
                [HttpApi(LambdaHttpMethod.Get, "/x/{id}")]
                public string X([FromRoute] int id, [FromQuery(Name = "q")] string query, [FromHeader(Name = "h")] string header, [FromBody] string body, [FromServices] object service) => "";
            }
            """;

        var project = CodeFixHarness.CreateProject(source);
        var fixedText = (await CodeFixHarness.TextsAsync(await CodeFixHarness.FixAllAsync(project, AnnotationsMigrationCodeFix.MergeKey)))[0];

        Assert.Equal("""
            using LambdaGen;

            public class F
            {
                [HttpGet("/x/{id}")]
                public string X([FromRoute] int id, [FromQuery(Name = "q")] string query, [FromHeader(Name = "h")] string header, [FromBody] string body, [FromServices] object service) => "";
            }
            """, fixedText);
    }

    [Fact]
    public async Task Fix_All_keeps_one_function_per_route_and_the_project_behaves_the_same()
    {
        var project = await CodeFixHarness.FixAllAsync(CodeFixHarness.CreateProject(AnnotationsProject.All), AnnotationsMigrationCodeFix.RewriteKey);
        var texts = await CodeFixHarness.TextsAsync(project);
        Assert.Empty(await CodeFixHarness.DiagnosticsAsync(project));

        var assembly = BuildMigrated(texts);
        var names = GeneratorHarness.Application(assembly).FunctionNames;
        Assert.Equal(["Alert", "Changes", "Delete", "File", "Get", "Health", "Legacy", "List", "Nightly", "Orders", "Raw", "Reprice", "Tag", "Uploaded", "product-count", "shop-upper"], names);
        Assert.Equal(16, names.Count);

        foreach (var (function, http, _) in HttpCases)
        {
            await AssertHttpAsync(assembly, function, http);
        }

        await AssertEventsAsync(assembly);
    }

    [Fact]
    public async Task Fix_All_with_merge_moves_every_route_into_the_HTTP_API_function()
    {
        var project = await CodeFixHarness.FixAllAsync(CodeFixHarness.CreateProject(AnnotationsProject.All), AnnotationsMigrationCodeFix.MergeKey);
        var texts = await CodeFixHarness.TextsAsync(project);
        Assert.Empty(await CodeFixHarness.DiagnosticsAsync(project));
        Assert.Contains("using ILambdaContext = Amazon.Lambda.Core.ILambdaContext;", texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Amazon.Lambda.Annotations", string.Concat(texts), StringComparison.Ordinal);

        var assembly = BuildMigrated(texts);
        Assert.Equal(["Alert", "Changes", "HttpApi", "Nightly", "Orders", "Raw", "Reprice", "Uploaded", "shop-upper"], GeneratorHarness.Application(assembly).FunctionNames);

        foreach (var (_, http, _) in HttpCases)
        {
            await AssertHttpAsync(assembly, "HttpApi", http);
        }

        await AssertEventsAsync(assembly);
    }

    private static System.Reflection.Assembly BuildMigrated(string[] texts)
    {
        var run = InteropHarness.Run(InteropHarness.Compile(texts, aws: true));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);

        // LambdaGen's own rules have nothing to say about the migrated code either.
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
            new LambdaGen.Generators.Analyzers.Functions.FunctionDeclarationAnalyzer(), new LambdaGen.Generators.Analyzers.Functions.RouteAnalyzer(),
            new LambdaGen.Generators.Analyzers.Interop.AwsInteropAnalyzer(), new AnnotationsMigrationAnalyzer());
        Assert.Empty(run.Input.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        return GeneratorHarness.Load(run.Output);
    }

    /// <summary>The route's own function, the event, and what the Annotations method returns for it (status, body).</summary>
    private static readonly (string Function, (string Event, int Status, string Body) Http, int _)[] HttpCases =
    [
        ("Get", (Http.V2("GET", "/products/1"), 200, "coffee"), 0),
        ("List", (Http.V2("GET", "/products", "page=2&size=10"), 200, "page 2 of 10 from 4"), 0),
        ("Tag", (Http.V2("POST", "/products/3/tags/hot", headers: "\"x-user\":\"ann\""), 200, "ann tagged mate as hot"), 0),
        ("Delete", (Http.V2("DELETE", "/products/1"), 204, ""), 0),
        ("File", (Http.V2("PUT", "/files/a/b.txt"), 200, "file a/b.txt"), 0),
        ("Health", (Http.V2("GET", "/health"), 200, "ok"), 0),
        ("Legacy", (Http.V1("GET", "/legacy/0", "/legacy/{id}", "\"id\":\"0\""), 200, "legacy tea"), 0),
        ("product-count", (Http.V2("GET", "/count"), 200, "4"), 0),
    ];

    private static async Task AssertHttpAsync(System.Reflection.Assembly assembly, string function, (string Event, int Status, string Body) http)
    {
        var output = (await InteropHarness.InvokeAsync(assembly, function, http.Event))[0];
        using var response = JsonDocument.Parse(output);
        Assert.True(http.Status == response.RootElement.GetProperty("statusCode").GetInt32(), $"{function} {http.Event[..60]}: {output}");
        var body = response.RootElement.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : "";
        Assert.Equal(http.Body, body);
    }

    private static async Task AssertEventsAsync(System.Reflection.Assembly assembly)
    {
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"}]}""",
            (await InteropHarness.InvokeAsync(assembly, "Orders", """{"Records":[{"messageId":"m1","body":"x"},{"messageId":"m2","body":""}]}"""))[0]);
        Assert.Equal("\"disk:full|cpu:hot\"",
            (await InteropHarness.InvokeAsync(assembly, "Alert", """{"Records":[{"Sns":{"Subject":"disk","Message":"full"}},{"Sns":{"Subject":"cpu","Message":"hot"}}]}"""))[0]);
        Assert.Equal("\"b/in/x.csv\"",
            (await InteropHarness.InvokeAsync(assembly, "Uploaded", """{"Records":[{"s3":{"bucket":{"name":"b"},"object":{"key":"in/x.csv"}}}]}"""))[0]);
        Assert.Equal("2",
            (await InteropHarness.InvokeAsync(assembly, "Changes", """{"Records":[{"eventName":"INSERT"},{"eventName":"MODIFY"},{"eventName":"INSERT"}]}"""))[0]);
        Assert.Equal("", (await InteropHarness.InvokeAsync(assembly, "Nightly", """{"full":true}"""))[0]);
        Assert.Equal("""{"Id":"o1","ProductId":1,"Price":9.0}""",
            (await InteropHarness.InvokeAsync(assembly, "Reprice", """{"id":"o1","productId":1,"price":2.5}"""))[0]);
        Assert.Equal("\"ABC\"", (await InteropHarness.InvokeAsync(assembly, "shop-upper", "\"abc\""))[0]);
        Assert.Equal("raw bytes", (await InteropHarness.InvokeAsync(assembly, "Raw", "raw bytes"))[0]);
    }

    /// <summary>API Gateway proxy events (payload 2.0 for HTTP APIs, 1.0 for REST APIs).</summary>
    private static class Http
    {
        public static string V2(string method, string path, string query = "", string headers = "\"content-type\":\"text/plain\"") => $$"""
            {"version":"2.0","routeKey":"$default","rawPath":"{{path}}","rawQueryString":"{{query}}","headers":{ {{headers}} },
             "requestContext":{"http":{"method":"{{method}}","path":"{{path}}","protocol":"HTTP/1.1","sourceIp":"192.0.2.1","userAgent":"t"},"requestId":"id","routeKey":"$default","stage":"$default"},
             "isBase64Encoded":false}
            """;

        public static string V1(string method, string path, string resource, string pathParameters) => $$"""
            {"resource":"{{resource}}","path":"{{path}}","httpMethod":"{{method}}","headers":{"Accept":"*/*"},"multiValueHeaders":{"Accept":["*/*"]},
             "queryStringParameters":null,"multiValueQueryStringParameters":null,"pathParameters":{ {{pathParameters}} },
             "requestContext":{"resourcePath":"{{resource}}","httpMethod":"{{method}}","path":"/prod{{path}}","stage":"prod","requestId":"r"},"body":null,"isBase64Encoded":false}
            """;
    }
}

/// <summary>Edge cases of the rewrite that a real project hits.</summary>
public sealed class MigrationEdgeTests
{
    [Fact]
    public async Task Global_usings_in_the_fixed_file_are_kept_and_qualified_names_are_rewritten()
    {
        const string source = """
            global using Amazon.Lambda.Annotations.APIGateway;
            using Amazon.Lambda.Annotations;

            public class F
            {
                [Amazon.Lambda.Annotations.LambdaFunctionAttribute(Timeout = 5)]
                [HttpApiAttribute(LambdaHttpMethod.Head, "/h")]
                public void H() { }
            }
            """;

        var project = CodeFixHarness.CreateProject(source);
        var fixedText = (await CodeFixHarness.TextsAsync(await CodeFixHarness.FixAllAsync(project, AnnotationsMigrationCodeFix.RewriteKey)))[0];

        Assert.StartsWith("global using Amazon.Lambda.Annotations.APIGateway;\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("using Amazon.Lambda.Annotations;", fixedText, StringComparison.Ordinal);
        Assert.Contains("[LambdaFunction(Timeout = 5)]", fixedText, StringComparison.Ordinal);
        Assert.Contains("[HttpHead(\"/h\")]", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_fix_in_a_file_that_still_uses_Annotations_keeps_LambdaGen_names_qualified()
    {
        const string source = """
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Annotations.APIGateway;

            public class F
            {
                [LambdaFunction]
                [HttpApi(LambdaHttpMethod.Get, "/a")]
                public string A([FromQuery] int x) => "";
            }
            """;
        var project = CodeFixHarness.CreateProject(source);
        var diagnostics = await CodeFixHarness.DiagnosticsAsync(project);
        var query = diagnostics.Single(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("[FromQuery]", StringComparison.Ordinal));

        var actions = await CodeFixHarness.ActionsAsync(project, query);
        var fixedProject = await CodeFixHarness.ApplyAsync(Assert.Single(actions), project);
        var fixedText = (await CodeFixHarness.TextsAsync(fixedProject))[0];

        Assert.Contains("public string A([LambdaGen.FromQuery] int x)", fixedText, StringComparison.Ordinal);
        Assert.Empty((await fixedProject.GetCompilationAsync())!.GetDiagnostics().Where(static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }
}
