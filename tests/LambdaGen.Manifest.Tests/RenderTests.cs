using System.Text.Json.Nodes;
using LambdaGen.Build;
using static LambdaGen.Manifest.Tests.Spec;

namespace LambdaGen.Manifest.Tests;

/// <summary>What the template says for each attribute and build fact; every template is checked against the SAM schema.</summary>
public sealed class RenderTests
{
    private static JsonObject Resource(JsonObject template, string id) => template["Resources"]![id]!.AsObject();

    private static JsonObject Props(JsonObject template, string id) => Resource(template, id)["Properties"]!.AsObject();

    private static JsonObject Event(JsonObject template, string id, string name) => Props(template, id)["Events"]![name]!.AsObject();

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(JsonNode? node) => node!.ToJsonString(Relaxed);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Full_application_is_valid_sam_and_has_no_warnings_when_its_references_exist(bool aot)
    {
        var result = Sam.Generate(TodoApp(), aot ? Sam.Aot : Sam.Managed, TodoAppUserTemplate);

        SamSchema.AssertValid(result.Text!);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Fresh_template_without_user_resources_is_valid_sam_and_reports_each_missing_reference()
    {
        var result = Sam.Generate(TodoApp());

        SamSchema.AssertValid(result.Text!);
        Assert.Equal(
            ["AlertsTopic", "OrdersQueue", "TodoTable", "ThumbnailRole", "UploadsBucket"],
            result.Warnings.Where(static w => w.Code == ManifestWarnings.UnknownReference).Select(static w => w.Message.Split('\'')[1].TrimStart('@')).ToArray());
        Assert.Equal(result.Warnings.Count, result.Warnings.Count(static w => w.Code == ManifestWarnings.UnknownReference));
        Assert.Contains("used by function 'Orders' policy SQSPollerPolicy; function 'Orders' SqsTrigger", result.Warnings[1].Message);
    }

    [Fact]
    public void Schema_check_is_real_a_broken_event_fails_it()
    {
        var template = Sam.Parse(Sam.Text(TodoApp(), existing: TodoAppUserTemplate));
        Event(template, "OrdersFunction", "SqsOrdersQueue")["Properties"]!["NotAProperty"] = 1;

        Assert.NotEqual(0, SamSchema.ViolationCount(template.ToJsonString()));
    }

    [Fact]
    public void Native_aot_uses_provided_al2023_the_binary_architecture_and_function_names_as_handlers()
    {
        var template = Sam.Parse(Sam.Text(TodoApp(), Sam.Aot, TodoAppUserTemplate));
        var globals = template["Globals"]!["Function"]!;

        Assert.Equal("provided.al2023", (string)globals["Runtime"]!);
        Assert.Equal("""["arm64"]""", Json(globals["Architectures"]));
        Assert.Equal("bin/Release/net10.0/linux-arm64/publish", (string)globals["CodeUri"]!);
        Assert.Equal((512, 10), ((int)globals["MemorySize"]!, (int)globals["Timeout"]!));
        Assert.Equal("HttpApi", (string)Props(template, "TodoAppHttpApiFunction")["Handler"]!);
        Assert.Equal("Orders", (string)Props(template, "OrdersFunction")["Handler"]!);
        Assert.Null(Props(template, "NotifyFunction")["Environment"]);
    }

    [Theory]
    [InlineData("net8.0", "dotnet8")]
    [InlineData("net10.0", "dotnet10")]
    public void Managed_build_uses_the_dotnet_runtime_the_assembly_as_handler_and_names_the_function_in_the_environment(string tfm, string runtime)
    {
        var template = Sam.Parse(Sam.Text(TodoApp(), Sam.Managed with { TargetFramework = tfm }, TodoAppUserTemplate));

        Assert.Equal(runtime, (string)template["Globals"]!["Function"]!["Runtime"]!);
        Assert.Null(template["Globals"]!["Function"]!["Architectures"]);
        Assert.Equal("TodoApp", (string)Props(template, "OrdersFunction")["Handler"]!);
        Assert.Equal("Orders", (string)Props(template, "OrdersFunction")["Environment"]!["Variables"]!["LAMBDAGEN_HANDLER"]!);
        Assert.Equal("HttpApi", (string)Props(template, "TodoAppHttpApiFunction")["Environment"]!["Variables"]!["LAMBDAGEN_HANDLER"]!);
    }

    [Fact]
    public void Framework_without_a_managed_runtime_warns_and_falls_back_to_provided()
    {
        var result = Sam.Generate(App(routes: [Route("GET", "/")]), Sam.Managed with { TargetFramework = "net9.0" });

        Assert.Equal([ManifestWarnings.NoManagedRuntime], Sam.Codes(result));
        Assert.Equal("provided.al2023", (string)Sam.Parse(result.Text!)["Globals"]!["Function"]!["Runtime"]!);
    }

    [Fact]
    public void Routes_become_one_http_api_event_each_in_api_gateway_syntax()
    {
        var template = Sam.Parse(Sam.Text(TodoApp(), existing: TodoAppUserTemplate));
        var events = Props(template, "TodoAppHttpApiFunction")["Events"]!.AsObject();

        var routes = events.Select(static e => (e.Key, (string)e.Value!["Properties"]!["Method"]!, (string)e.Value!["Properties"]!["Path"]!)).ToArray();
        Assert.Equal(
            [
                ("GetFiles", "GET", "/files"),
                ("GetFilesByPath", "GET", "/files/{path+}"),
                ("GetHello", "GET", "/hello"),
                ("GetHelloByName", "GET", "/hello/{name}"),
                ("GetTodos", "GET", "/todos"),
                ("PostTodos", "POST", "/todos"),
                ("DeleteTodosById", "DELETE", "/todos/{id}"),
                ("GetTodosById", "GET", "/todos/{id}"),
            ],
            routes.OrderBy(static r => r.Item3, StringComparer.Ordinal).ThenBy(static r => r.Item2, StringComparer.Ordinal).ToArray());
        Assert.All(events, static e => Assert.Equal("HttpApi", (string)e.Value!["Type"]!));
        Assert.Equal("""{"AllowOrigins":["https://example.com"],"AllowHeaders":["*"],"AllowMethods":["*"]}""", Json(template["Globals"]!["HttpApi"]!["CorsConfiguration"]));
        Assert.Equal(15, (int)Props(template, "TodoAppHttpApiFunction")["Timeout"]!);
    }

    [Theory]
    [InlineData("/", "/", "GetRoot")]
    [InlineData("/a/{id:guid}/b", "/a/{id}/b", "GetAByIdB")]
    [InlineData("/a/{*rest}", "/a/{rest+}", "GetAByRest")]
    [InlineData("/a/{*rest}", "/a", "GetA")]
    [InlineData("/a/{page:int?}", "/a/{page}", "GetAByPage")]
    [InlineData("/a/{page:int?}", "/a", "GetA")]
    [InlineData("/my-items/{item_id}", "/my-items/{item_id}", "GetMyItemsByItemId")]
    public void Route_templates_convert_to_gateway_paths(string template, string path, string eventName)
    {
        var events = Props(Sam.Parse(Sam.Text(App(routes: [Route("get", template)]))), "TodoAppHttpApiFunction")["Events"]!.AsObject();

        Assert.Equal(path, (string)events[eventName]!["Properties"]!["Path"]!);
        Assert.Equal("GET", (string)events[eventName]!["Properties"]!["Method"]!);
    }

    [Fact]
    public void Invalid_route_template_declares_no_event()
    {
        var template = Sam.Parse(Sam.Text(App(routes: [Route("GET", "/ok"), Route("GET", "no-slash")])));

        Assert.Equal(["GetOk"], Props(template, "TodoAppHttpApiFunction")["Events"]!.AsObject().Select(static e => e.Key).ToArray());
    }

    [Fact]
    public void Triggers_become_their_sam_events_with_references_resolved_to_what_each_needs()
    {
        var template = Sam.Parse(Sam.Text(TodoApp(), existing: TodoAppUserTemplate));

        Assert.Equal("""{"Type":"SQS","Properties":{"Queue":{"Fn::GetAtt":["OrdersQueue","Arn"]},"BatchSize":10,"ScalingConfig":{"MaximumConcurrency":5},"FilterCriteria":{"Filters":[{"Pattern":"{\"body\":{\"kind\":[\"order\"]}}"}]},"FunctionResponseTypes":["ReportBatchItemFailures"]}}""",
            Json(Event(template, "OrdersFunction", "SqsOrdersQueue")));
        Assert.Equal("""{"Type":"Schedule","Properties":{"Schedule":"rate(1 day)"}}""", Json(Event(template, "CleanupFunction", "Schedule1")));
        Assert.Equal("""{"Type":"ScheduleV2","Properties":{"ScheduleExpression":"cron(0 3 * * ? *)","ScheduleExpressionTimezone":"Europe/Paris","Input":"{\"dryRun\":true}","State":"DISABLED"}}""",
            Json(Event(template, "CleanupFunction", "Schedule2")));
        Assert.Equal("""{"Type":"SNS","Properties":{"Topic":{"Ref":"AlertsTopic"},"FilterPolicy":{"level":["error"]}}}""", Json(Event(template, "NotifyFunction", "SnsAlertsTopic")));
        Assert.Equal("""{"Type":"S3","Properties":{"Bucket":{"Ref":"UploadsBucket"},"Events":"s3:ObjectCreated:*","Filter":{"S3Key":{"Rules":[{"Name":"prefix","Value":"images/"},{"Name":"suffix","Value":".png"}]}}}}""",
            Json(Event(template, "ThumbnailFunction", "S3UploadsBucket")));
        Assert.Equal("""{"Type":"EventBridgeRule","Properties":{"Pattern":{"source":["aws.s3"]}}}""", Json(Event(template, "AuditFunction", "EventRule1")));
        Assert.Equal("""{"Type":"DynamoDB","Properties":{"Stream":{"Fn::GetAtt":["TodoTable","StreamArn"]},"StartingPosition":"TRIM_HORIZON","BatchSize":100,"FunctionResponseTypes":["ReportBatchItemFailures"]}}""",
            Json(Event(template, "TodoChangesFunction", "DynamoDbTodoTable")));
        Assert.Equal("""{"Type":"Kinesis","Properties":{"Stream":"arn:aws:kinesis:eu-west-1:123456789012:stream/clicks","StartingPosition":"LATEST"}}""", Json(Event(template, "ClicksFunction", "Kinesis1")));
    }

    [Fact]
    public void Function_settings_map_to_their_properties()
    {
        var template = Sam.Parse(Sam.Text(TodoApp(), Sam.Managed, TodoAppUserTemplate));

        var orders = Props(template, "OrdersFunction");
        Assert.Equal((1024, 120), ((int)orders["MemorySize"]!, (int)orders["Timeout"]!));
        Assert.Equal("""[{"SQSPollerPolicy":{"QueueName":{"Fn::GetAtt":["OrdersQueue","QueueName"]}}},"AWSXRayDaemonWriteAccess"]""", Json(orders["Policies"]));
        Assert.Equal("""{"Variables":{"TABLE":{"Ref":"TodoTable"},"STAGE":"prod","LAMBDAGEN_HANDLER":"Orders"}}""", Json(orders["Environment"]));
        var thumbnail = Props(template, "ThumbnailFunction");
        Assert.Equal("""{"Fn::GetAtt":["ThumbnailRole","Arn"]}""", Json(thumbnail["Role"]));
        Assert.Equal("""["arm64"]""", Json(thumbnail["Architectures"]));
        Assert.Equal("Nightly cleanup", (string)Props(template, "CleanupFunction")["Description"]!);
        Assert.Equal(2, (int)Props(template, "TodoChangesFunction")["ReservedConcurrentExecutions"]!);
        Assert.Equal("""{"AuthType":"NONE","Cors":{"AllowOrigins":["https://example.com"],"AllowHeaders":["*"],"AllowMethods":["*"]}}""", Json(Props(template, "WebhookFunction")["FunctionUrlConfig"]));
        Assert.Equal("""{"Type":"HttpApi","Properties":{"Path":"/webhook","Method":"POST"}}""", Json(Event(template, "WebhookFunction", "PostWebhook")));
        Assert.Null(Props(template, "NotifyFunction")["MemorySize"]);
    }

    [Fact]
    public void Reference_to_a_parameter_is_always_a_ref_and_counts_as_known()
    {
        const string existing = """{"Parameters": {"QueueArn": {"Type": "String"}}, "Resources": {}}""";
        var result = Sam.Generate(App(functions: Function("F", triggers: [Trigger("Sqs", ("Queue", "@QueueArn"))])), existing: existing);

        Assert.Empty(result.Warnings);
        Assert.Equal("""{"Ref":"QueueArn"}""", Json(Event(Sam.Parse(result.Text!), "FFunction", "SqsQueueArn")["Properties"]!["Queue"]));
        SamSchema.AssertValid(result.Text!);
    }

    [Fact]
    public void Logical_ids_are_alphanumeric_stable_and_unique()
    {
        var template = Sam.Parse(Sam.Text(App(name: "my app_2", routes: [Route("GET", "/")], functions: [Function("a-b"), Function("aB"), Function("9lives"), Function("orders.v2")])));

        Assert.Equal(["MyApp2HttpApiFunction", "Fn9livesFunction", "ABFunction", "ABFunction2", "OrdersV2Function"], template["Resources"]!.AsObject().Select(static r => r.Key).ToArray());
    }

    [Fact]
    public void Http_function_timeout_above_the_gateway_limit_warns()
    {
        var inherited = Sam.Generate(App(timeout: 60, routes: [Route("GET", "/")]));
        var explicitLimit = Sam.Generate(App(timeout: 60, httpTimeout: 30, routes: [Route("GET", "/")]));
        var ownFunction = Sam.Generate(App(functions: Function("Slow", timeout: 31, routes: [Route("GET", "/slow")])));
        var notHttp = Sam.Generate(App(functions: Function("Batch", timeout: 900)));

        Assert.Equal([ManifestWarnings.HttpTimeoutTooLong], Sam.Codes(inherited));
        Assert.Empty(explicitLimit.Warnings);
        Assert.Equal([ManifestWarnings.HttpTimeoutTooLong], Sam.Codes(ownFunction));
        Assert.Empty(notHttp.Warnings);
    }

    [Fact]
    public void Aot_architecture_conflicts_warn()
    {
        var noRid = Sam.Generate(App(routes: [Route("GET", "/")]), Sam.Aot with { RuntimeIdentifier = null });
        var defaultMismatch = Sam.Generate(App(architecture: "x86_64", routes: [Route("GET", "/")]), Sam.Aot);
        var functionMismatch = Sam.Generate(App(functions: Function("F", architecture: "x86_64")), Sam.Aot);
        var managed = Sam.Generate(App(architecture: "arm64", functions: Function("F", architecture: "x86_64")), Sam.Managed);

        Assert.Equal([ManifestWarnings.ArchitectureMismatch], Sam.Codes(noRid));
        Assert.Equal([ManifestWarnings.ArchitectureMismatch], Sam.Codes(defaultMismatch));
        Assert.Equal([ManifestWarnings.ArchitectureMismatch], Sam.Codes(functionMismatch));
        Assert.Null(Props(Sam.Parse(functionMismatch.Text!), "FFunction")["Architectures"]);
        Assert.Empty(managed.Warnings);
        Assert.Equal("""["x86_64"]""", Json(Props(Sam.Parse(managed.Text!), "FFunction")["Architectures"]));
    }

    [Theory]
    [InlineData("EventRule", "Pattern", "not json")]
    [InlineData("Sns", "FilterPolicy", "[1]")]
    [InlineData("Sqs", "Queue", "")]
    [InlineData("Carrier", "Pigeon", "x")]
    public void Trigger_that_cannot_be_expressed_warns_and_writes_no_event(string kind, string argument, string value)
    {
        var arguments = kind == "Sns" ? new[] { ("Topic", "arn:aws:sns:eu-west-1:1:t"), (argument, value) } : new[] { (argument, value) };
        var result = Sam.Generate(App(functions: Function("F", triggers: [Trigger(kind, arguments)])));

        Assert.Equal([ManifestWarnings.InvalidTrigger], Sam.Codes(result));
        Assert.Null(Props(Sam.Parse(result.Text!), "FFunction")["Events"]);
        SamSchema.AssertValid(result.Text!);
    }

    [Fact]
    public void Output_is_two_space_indented_with_lf_line_endings_and_a_final_newline()
    {
        var text = Sam.Text(TodoApp());

        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        Assert.StartsWith("{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Transform\": \"AWS::Serverless-2016-10-31\",\n", text);
        Assert.Contains("\"Path\": \"/files/{path+}\"", text);
    }
}
