using System.Text.Json;
using LambdaGen.Hosting;
using LambdaGen.Runtime;
using LambdaGen.Testing;

namespace LambdaGen.Generators.Tests;

/// <summary>The OrderPipeline sample's own source through the generator and the real loop.</summary>
public sealed class TriggerEndToEndTests
{
    private static readonly Lazy<(LambdaApplicationDescriptor App, GeneratorRun Run)> s_sample = new(() =>
    {
        var source = File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "samples", "OrderPipeline", "Functions.cs"));
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.CompileDiagnostics);
        return (GeneratorHarness.Application(GeneratorHarness.Load(run.Output)), run);
    });

    private static async Task<InvocationOutcome> InvokeAsync(string handler, string @event)
    {
        await using var api = new RuntimeApiDouble();
        using var stop = new CancellationTokenSource();
        var loop = LambdaHost.RunAsync(s_sample.Value.App, new LambdaEnvironment(api.Address, handler, handler, "1", 256, "g", "s"), stop: stop.Token);
        var outcome = await api.Invoke(@event).WaitAsync(TimeSpan.FromSeconds(20));
        stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        return outcome;
    }

    private static string SqsMessage(string id, string body) => $$"""
        {
          "messageId": "{{id}}",
          "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
          "body": {{JsonSerializer.Serialize(body)}},
          "attributes": { "ApproximateReceiveCount": "1", "SentTimestamp": "1545082649183", "SenderId": "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp": "1545082649185" },
          "messageAttributes": {},
          "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
          "eventSource": "aws:sqs",
          "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:orders",
          "awsRegion": "us-east-2"
        }
        """;

    private static string Order(string id, decimal total) => $$"""{"orderId":"{{id}}","customer":"c","total":{{total}},"lines":[{"sku":"a","quantity":1}]}""";

    [Fact]
    public async Task An_sqs_batch_with_one_malformed_message_reports_exactly_that_message()
    {
        var batch = "{\"Records\":[" + string.Join(",",
            SqsMessage("m1", Order("o1", 10)),
            SqsMessage("m2", Order("o2", 20)),
            SqsMessage("m3", "{\"orderId\": \"o3\", \"total\": "),
            SqsMessage("m4", Order("o4", 40)),
            SqsMessage("m5", Order("o5", 50))) + "]}";

        var outcome = await InvokeAsync("process-orders", batch);

        Assert.False(outcome.IsError, outcome.Body);
        using var response = JsonDocument.Parse(outcome.Body);
        var failures = response.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(static f => f.GetProperty("itemIdentifier").GetString()).ToList();
        Assert.Equal(["m3"], failures);
    }

    [Fact]
    public async Task A_message_whose_handler_throws_is_reported_and_the_others_are_processed()
    {
        var batch = "{\"Records\":[" + string.Join(",", SqsMessage("a", Order("o1", 1)), SqsMessage("b", Order("o2", -5)), SqsMessage("c", Order("o3", 3))) + "]}";

        var outcome = await InvokeAsync("process-orders", batch);

        using var response = JsonDocument.Parse(outcome.Body);
        Assert.Equal(["b"], response.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(static f => f.GetProperty("itemIdentifier").GetString()));
    }

    [Fact]
    public async Task S3_records_and_schedules_run_their_functions()
    {
        var s3 = """
            {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventTime":"2026-11-23T03:00:00.000Z","eventName":"ObjectCreated:Put",
              "s3":{"s3SchemaVersion":"1.0","configurationId":"c","bucket":{"name":"invoices","arn":"arn:aws:s3:::invoices"},"object":{"key":"invoices/a+b%281%29.pdf","size":1024,"eTag":"e","sequencer":"0A1B2C3D4E5F678901"}}}]}
            """;
        var schedule = """
            {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012",
             "time":"2026-11-23T03:00:00Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/nightly"],"detail":{}}
            """;

        Assert.False((await InvokeAsync("invoice-uploaded", s3)).IsError);
        Assert.False((await InvokeAsync("nightly-report", schedule)).IsError);
    }

    [Fact]
    public void The_trigger_entry_points_are_one_helper_call_each()
    {
        Baseline.Verify("OrderPipeline/LambdaGenEntryPoints.g.cs", s_sample.Value.Run.Source("LambdaGenEntryPoints.g.cs"));
    }
}
