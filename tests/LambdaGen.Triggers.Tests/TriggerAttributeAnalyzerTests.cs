using static LambdaGen.Triggers.Tests.AnalyzerTestHarness;

namespace LambdaGen.Triggers.Tests;

public sealed class TriggerAttributeAnalyzerTests
{
    /// <summary>A function with the given trigger attribute(s) and an untyped-payload signature.</summary>
    private static string Function(string attributes, string signature = "public static Task Run(ILambdaContext context)") => $$"""
        public static class Functions
        {
            [LambdaFunction]
            {{attributes}}
            {{signature}} => default!;
        }
        """;

    // ---- LG0301 SQS batch size ----

    [Theory]
    [InlineData("""[SqsTrigger("@Orders", {|LG0301:BatchSize = 11|})]""")]
    [InlineData("""[SqsTrigger("@Orders", {|LG0301:BatchSize = 0|})]""")]
    [InlineData("""[SqsTrigger("@Orders", {|LG0301:BatchSize = 10001|}, MaximumBatchingWindowInSeconds = 5)]""")]
    [InlineData("""[SqsTrigger("arn:aws:sqs:us-east-1:123456789012:orders.fifo", {|LG0301:BatchSize = 20|})]""")]
    public Task LG0301_batch_size_out_of_range(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[SqsTrigger("@Orders", BatchSize = 10)]""")]
    [InlineData("""[SqsTrigger("@Orders", BatchSize = 10000, MaximumBatchingWindowInSeconds = 1)]""")]
    [InlineData("""[SqsTrigger("arn:aws:sqs:us-east-1:123456789012:orders.fifo", BatchSize = 10)]""")]
    public Task LG0301_batch_size_in_range(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0302 FIFO batching window ----

    [Fact]
    public Task LG0302_fifo_queue_with_batching_window()
        => VerifyAsync(Function("""[SqsTrigger("arn:aws:sqs:us-east-1:123456789012:orders.fifo", {|LG0302:MaximumBatchingWindowInSeconds = 5|})]"""));

    [Fact]
    public Task LG0302_standard_queue_with_batching_window()
        => VerifyAsync(Function("""[SqsTrigger("arn:aws:sqs:us-east-1:123456789012:orders", MaximumBatchingWindowInSeconds = 5)]"""));

    // ---- LG0303 batching window range ----

    [Theory]
    [InlineData("""[SqsTrigger("@Orders", {|LG0303:MaximumBatchingWindowInSeconds = 301|})]""")]
    [InlineData("""[KinesisTrigger("@Clicks", {|LG0303:MaximumBatchingWindowInSeconds = -1|})]""")]
    public Task LG0303_batching_window_out_of_range(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[SqsTrigger("@Orders", MaximumBatchingWindowInSeconds = 300)]""")]
    [InlineData("""[DynamoDbStreamTrigger("@Table", MaximumBatchingWindowInSeconds = 0)]""")]
    public Task LG0303_batching_window_in_range(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0304 maximum concurrency ----

    [Theory]
    [InlineData("""[SqsTrigger("@Orders", {|LG0304:MaximumConcurrency = 1|})]""")]
    [InlineData("""[SqsTrigger("@Orders", {|LG0304:MaximumConcurrency = 1001|})]""")]
    public Task LG0304_maximum_concurrency_out_of_range(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[SqsTrigger("@Orders", MaximumConcurrency = 2)]""")]
    [InlineData("""[SqsTrigger("@Orders", MaximumConcurrency = 0)]""")]
    public Task LG0304_maximum_concurrency_in_range(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0305..LG0308 schedule expressions ----

    [Theory]
    [InlineData("""[ScheduleTrigger({|LG0305:"every day"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0305:"at(2030-01-31T08:00:00)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0305:"at(2030-01-31 08:00)"|}, TimeZone = "Europe/Paris")]""")]
    [InlineData("""[ScheduleTrigger({|LG0306:"rate(1 minutes)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0306:"rate(5 minute)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0306:"rate(0 hours)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0306:"rate(2 weeks)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0306:"rate(5minutes)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(0 12 * * ?)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(60 12 * * ? *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(0 24 * * ? *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(0 12 ? * FUNDAY *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(0 12 ? * 2#6 *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(0/0 12 * * ? *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(0 12 * ? * 1969)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0307:"cron(? 12 * * ? *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0308:"cron(0 12 * * MON *)"|})]""")]
    [InlineData("""[ScheduleTrigger({|LG0308:"cron(0 12 ? * ? *)"|})]""")]
    public Task LG0305_to_LG0308_invalid_schedules(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("rate(1 minute)")]
    [InlineData("rate(5 minutes)")]
    [InlineData("rate(1 hour)")]
    [InlineData("rate(12 hours)")]
    [InlineData("rate(1 day)")]
    [InlineData("rate(7 days)")]
    [InlineData("cron(0 2 * * ? *)")]
    [InlineData("cron(15 10 ? * 6L 2022-2030)")]
    [InlineData("cron(0/15 8-17 ? * MON-FRI *)")]
    [InlineData("cron(0 9 ? * 2#1 *)")]
    [InlineData("cron(0 8 L * ? *)")]
    [InlineData("cron(0 8 15W * ? *)")]
    [InlineData("cron(0 18 ? JAN,JUL MON *)")]
    [InlineData("cron(30 6 1,15 * ? *)")]
    public Task LG0305_to_LG0308_valid_schedules(string expression) => VerifyAsync(Function($"""[ScheduleTrigger("{expression}")]"""));

    [Fact]
    public Task LG0305_at_is_valid_with_scheduler()
        => VerifyAsync(Function("""[ScheduleTrigger("at(2030-01-31T08:00:00)", TimeZone = "Europe/Paris")]"""));

    // ---- LG0309 S3 bucket reference ----

    [Fact]
    public Task LG0309_s3_bucket_by_name()
        => VerifyAsync(Function("""[S3Trigger({|LG0309:"my-uploads"|})]"""));

    [Fact]
    public Task LG0309_s3_bucket_by_reference()
        => VerifyAsync(Function("""[S3Trigger("@Uploads", Events = "s3:ObjectCreated:Put,s3:ObjectRemoved:*", Prefix = "in/")]"""));

    // ---- LG0310 stream batch size ----

    [Theory]
    [InlineData("""[DynamoDbStreamTrigger("@Table", {|LG0310:BatchSize = 10001|})]""")]
    [InlineData("""[KinesisTrigger("@Clicks", {|LG0310:BatchSize = 0|})]""")]
    public Task LG0310_stream_batch_size_out_of_range(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[DynamoDbStreamTrigger("@Table", BatchSize = 10000)]""")]
    [InlineData("""[KinesisTrigger("@Clicks", BatchSize = 1)]""")]
    public Task LG0310_stream_batch_size_in_range(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0311 starting position ----

    [Theory]
    [InlineData("""[DynamoDbStreamTrigger("@Table", {|LG0311:StartingPosition = "AT_TIMESTAMP"|})]""")]
    [InlineData("""[KinesisTrigger("@Clicks", {|LG0311:StartingPosition = "latest"|})]""")]
    public Task LG0311_invalid_starting_position(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[DynamoDbStreamTrigger("@Table", StartingPosition = "TRIM_HORIZON")]""")]
    [InlineData("""[KinesisTrigger("@Clicks", StartingPosition = "LATEST")]""")]
    public Task LG0311_valid_starting_position(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0312 AT_TIMESTAMP ----

    [Theory]
    [InlineData("""[KinesisTrigger("@Clicks", {|LG0312:StartingPosition = "AT_TIMESTAMP"|})]""")]
    [InlineData("""[KinesisTrigger("@Clicks", {|LG0312:StartingPositionTimestamp = 1700000000|})]""")]
    public Task LG0312_timestamp_mismatch(string attribute) => VerifyAsync(Function(attribute));

    [Fact]
    public Task LG0312_at_timestamp_with_timestamp()
        => VerifyAsync(Function("""[KinesisTrigger("@Clicks", StartingPosition = "AT_TIMESTAMP", StartingPositionTimestamp = 1700000000)]"""));

    // ---- LG0313 retries ----

    [Fact]
    public Task LG0313_retries_out_of_range()
        => VerifyAsync(Function("""[DynamoDbStreamTrigger("@Table", {|LG0313:MaximumRetryAttempts = -2|})]"""));

    [Fact]
    public Task LG0313_retries_in_range()
        => VerifyAsync(Function("""[KinesisTrigger("@Clicks", MaximumRetryAttempts = 3, BisectBatchOnFunctionError = true)]"""));

    // ---- LG0314 payload types ----

    [Theory]
    [InlineData("""[SqsTrigger("@Orders")]""", "public static Task Run({|LG0314:SnsEvent<string>|} e)")]
    [InlineData("""[SnsTrigger("@Topic")]""", "public static Task Run({|LG0314:SqsMessage|} m)")]
    [InlineData("""[ScheduleTrigger("rate(1 day)")]""", "public static Task Run({|LG0314:S3Event|} e)")]
    [InlineData("""[SqsTrigger("@Orders")]""", "public static {|LG0314:Task<StreamsEventResponse>|} Run(SqsEvent<string> e)")]
    [InlineData("""[KinesisTrigger("@Clicks")]""", "public static {|LG0314:ValueTask<SqsBatchResponse>|} Run(KinesisEvent<string> e)")]
    [InlineData("""[DynamoDbStreamTrigger("@Table")]""", "public static Task Run({|LG0314:KinesisEventRecord<string>|} r, CancellationToken ct)")]
    public Task LG0314_payload_does_not_match(string attribute, string signature) => VerifyAsync(Function(attribute, signature));

    [Theory]
    [InlineData("""[SqsTrigger("@Orders")]""", "public static Task<SqsBatchResponse> Run(SqsEvent<string> e, CancellationToken ct)")]
    [InlineData("""[SnsTrigger("arn:aws:sns:us-east-1:123456789012:topic")]""", "public static Task Run(SnsMessage<string> m)")]
    [InlineData("""[S3Trigger("@Uploads")]""", "public static Task Run(S3EventRecord r)")]
    [InlineData("""[ScheduleTrigger("rate(1 day)")]""", "public static Task Run(EventBridgeEvent e)")]
    [InlineData("""[EventRuleTrigger("{\"source\":[\"com.example\"]}")]""", "public static Task Run(EventBridgeEvent<string> e)")]
    [InlineData("""[KinesisTrigger("@Clicks")]""", "public static ValueTask<StreamsEventResponse> Run(KinesisEvent<string> e)")]
    [InlineData("""[DynamoDbStreamTrigger("@Table")]""", "public static StreamsEventResponse Run(DynamoDbStreamEvent e)")]
    public Task LG0314_payload_matches(string attribute, string signature) => VerifyAsync(Function(attribute, signature));

    // ---- LG0315 incompatible triggers ----

    [Theory]
    [InlineData("""[SqsTrigger("@Orders")] [{|LG0315:SnsTrigger("@Topic")|}]""")]
    [InlineData("""[ScheduleTrigger("rate(1 day)")] [{|LG0315:EventRuleTrigger("{\"source\":[\"a\"]}")|}]""")]
    [InlineData("""[HttpGet("/orders")] [{|LG0315:SqsTrigger("@Orders")|}]""")]
    public Task LG0315_kinds_that_cannot_share_a_function(string attributes) => VerifyAsync(Function(attributes));

    [Fact]
    public Task LG0315_same_kind_twice()
        => VerifyAsync(Function("""[SqsTrigger("@Orders")] [SqsTrigger("@Returns")]"""));

    // ---- LG0316 JSON arguments ----

    [Theory]
    [InlineData("""[EventRuleTrigger({|LG0316:"{source: ['a']}"|})]""")]
    [InlineData("""[EventRuleTrigger({|LG0316:"[1]"|})]""")]
    [InlineData("""[SnsTrigger("@Topic", {|LG0316:FilterPolicy = "{\"kind\":[\"a\"]"|})]""")]
    [InlineData("""[SqsTrigger("@Orders", {|LG0316:Filters = "{\"body\":{\"a\":[1]}};{oops}"|})]""")]
    [InlineData("""[ScheduleTrigger("rate(1 day)", {|LG0316:Input = "{\"job\":}"|})]""")]
    public Task LG0316_invalid_json(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[EventRuleTrigger("{\"source\":[\"com.example.orders\"],\"detail-type\":[\"OrderShipped\"]}", EventBus = "@Bus")]""")]
    [InlineData("""[SnsTrigger("@Topic", FilterPolicy = "{\"kind\":[\"a\",\"b\"],\"price\":[{\"numeric\":[\">\",100]}]}")]""")]
    [InlineData("""[SqsTrigger("@Orders", Filters = "{\"body\":{\"kind\":[\"a;b\"]}};{\"attributes\":{\"SenderId\":[\"x\"]}}")]""")]
    [InlineData("""[ScheduleTrigger("rate(1 day)", Input = "{\"job\":\"cleanup\",\"days\":30,\"dry\":false,\"tags\":[],\"x\":null,\"y\":-1.5e3}")]""")]
    public Task LG0316_valid_json(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0317 references ----

    [Theory]
    [InlineData("""[SqsTrigger({|LG0317:"@Orders-Queue"|})]""")]
    [InlineData("""[SqsTrigger({|LG0317:"orders"|})]""")]
    [InlineData("""[SqsTrigger({|LG0317:"arn:aws:sns:us-east-1:123456789012:orders"|})]""")]
    [InlineData("""[SnsTrigger({|LG0317:"@"|})]""")]
    [InlineData("""[KinesisTrigger({|LG0317:"clicks"|})]""")]
    [InlineData("""[DynamoDbStreamTrigger({|LG0317:"arn:aws:kinesis:us-east-1:123456789012:stream/x"|})]""")]
    [InlineData("""[S3Trigger({|LG0317:"@my-bucket"|})]""")]
    public Task LG0317_invalid_references(string attribute) => VerifyAsync(Function(attribute));

    [Theory]
    [InlineData("""[SqsTrigger("arn:aws:sqs:us-east-1:123456789012:orders")]""")]
    [InlineData("""[KinesisTrigger("arn:aws:kinesis:us-east-1:123456789012:stream/clicks")]""")]
    [InlineData("""[DynamoDbStreamTrigger("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000")]""")]
    [InlineData("""[SnsTrigger("arn:aws-cn:sns:cn-north-1:123456789012:topic")]""")]
    public Task LG0317_valid_references(string attribute) => VerifyAsync(Function(attribute));

    // ---- LG0318 S3 event types ----

    [Fact]
    public Task LG0318_unknown_s3_event()
        => VerifyAsync(Function("""[S3Trigger("@Uploads", {|LG0318:Events = "s3:ObjectCreated:*, s3:ObjectCreated:Upload"|})]"""));

    [Fact]
    public Task LG0318_known_s3_events()
        => VerifyAsync(Function("""[S3Trigger("@Uploads", Events = "s3:ObjectCreated:CompleteMultipartUpload, s3:ObjectRestore:Completed, s3:LifecycleExpiration:*")]"""));

    // ---- LG0319 trigger without [LambdaFunction] ----

    [Fact]
    public Task LG0319_trigger_without_function()
        => VerifyAsync("""
            public static class Functions
            {
                [{|LG0319:SqsTrigger("@Orders")|}]
                public static Task Run(SqsEvent<string> e) => Task.CompletedTask;
            }
            """);

    [Fact]
    public Task LG0319_http_route_without_function_is_fine()
        => VerifyAsync("""
            public static class Functions
            {
                [HttpGet("/ping")]
                public static string Ping() => "pong";
            }
            """);

    // ---- LG0320 overlapping S3 notifications ----

    [Fact]
    public Task LG0320_overlapping_notifications()
        => VerifyAsync("""
            public static class Functions
            {
                [LambdaFunction]
                [S3Trigger("@Uploads", Prefix = "images/")]
                public static Task A(S3Event e) => Task.CompletedTask;

                [LambdaFunction]
                [{|LG0320:S3Trigger("@Uploads", Events = "s3:ObjectCreated:Put", Prefix = "images/thumbs/")|}]
                public static Task B(S3Event e) => Task.CompletedTask;
            }
            """);

    [Fact]
    public Task LG0320_disjoint_notifications()
        => VerifyAsync("""
            public static class Functions
            {
                [LambdaFunction]
                [S3Trigger("@Uploads", Prefix = "images/")]
                public static Task A(S3Event e) => Task.CompletedTask;

                [LambdaFunction]
                [S3Trigger("@Uploads", Prefix = "videos/")]
                public static Task B(S3Event e) => Task.CompletedTask;

                [LambdaFunction]
                [S3Trigger("@Uploads", Events = "s3:ObjectRemoved:*", Prefix = "images/")]
                public static Task C(S3Event e) => Task.CompletedTask;

                [LambdaFunction]
                [S3Trigger("@Archive", Prefix = "images/")]
                public static Task D(S3Event e) => Task.CompletedTask;
            }
            """);

    // ---- registration ----

    [Fact]
    public async Task Registers_nothing_without_LambdaGen()
    {
        var diagnostics = await AnalyzeAsync("""
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class SqsTriggerAttribute(string queue) : System.Attribute { public int BatchSize { get; set; } }
            public static class Functions
            {
                [SqsTrigger("x", BatchSize = 99999)]
                public static void Run() { }
            }
            """, withRuntime: false);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Every_diagnostic_has_its_rule_page_and_release_row()
    {
        var analyzer = new LambdaGen.Generators.Analyzers.Triggers.TriggerAttributeAnalyzer();
        var root = FindRoot();
        var releases = File.ReadAllText(Path.Combine(root, "src", "LambdaGen.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(root, "docs", "rules", descriptor.Id + ".md")), descriptor.Id + " has no page");
            Assert.Contains(descriptor.Id + " | LambdaGen.Triggers | Error |", releases, StringComparison.Ordinal);
            Assert.InRange(int.Parse(descriptor.Id.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture), 301, 349);
        }
    }

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
