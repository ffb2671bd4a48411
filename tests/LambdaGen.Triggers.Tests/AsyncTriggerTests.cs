using System.Text.Json;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers.Tests;

/// <summary>SNS, S3, EventBridge and schedules: asynchronous invocations without partial failure.</summary>
public sealed class AsyncTriggerTests
{
    [Fact]
    public async Task Sns_each_reads_the_typed_message()
    {
        var invocation = TestInvocation.FromFile("sns.json");
        SnsMessage<Order>? seen = null;

        await SnsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, (message, inv) =>
        {
            seen = message;
            return default;
        });

        Assert.Equal(new Order("o-9", 9), seen!.Message);
        Assert.Equal("OrderPlaced", seen.Subject);
        Assert.Equal(0, invocation.Output.WrittenCount);
    }

    [Fact]
    public async Task Sns_whole_event_typed()
    {
        var invocation = TestInvocation.FromFile("sns.json");
        var count = 0;

        await SnsTrigger.RunAsync(invocation, OrderJson.Default.Order, (e, inv) =>
        {
            count = e.Records.Count;
            Assert.Equal(9, e.Records[0].Message.Quantity);
            return default;
        });

        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Sns_unreadable_message_fails_the_invocation()
    {
        var invocation = TestInvocation.Create(TestInvocation.Load("sns.json").Replace("{\\\"id\\\":\\\"o-9\\\",\\\"quantity\\\":9}", "oops", StringComparison.Ordinal));

        var e = await Assert.ThrowsAsync<LambdaEventException>(async () =>
            await SnsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, static (message, inv) => default));
        Assert.Contains("95df01b4-ee98-5cb9-9903-4c221d41eb5e", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S3_each_gets_every_record_with_the_decoded_key()
    {
        var invocation = TestInvocation.FromFile("s3-put.json");
        var keys = new List<string>();

        await S3Trigger.RunEachAsync(invocation, (record, inv) =>
        {
            keys.Add(record.S3.Object.DecodedKey);
            return default;
        });

        Assert.Equal(["invoices/2019/March report (1).pdf"], keys);
    }

    [Fact]
    public async Task S3_handler_failure_fails_the_invocation()
    {
        var invocation = TestInvocation.FromFile("s3-put.json");

        await Assert.ThrowsAsync<IOException>(async () =>
            await S3Trigger.RunAsync(invocation, static (e, inv) => throw new IOException("disk")));
    }

    [Fact]
    public async Task EventBridge_typed_detail()
    {
        var invocation = TestInvocation.FromFile("eventbridge.json");
        EventBridgeEvent<Order>? seen = null;

        await EventBridgeTrigger.RunAsync(invocation, OrderJson.Default.Order, (e, inv) =>
        {
            seen = e;
            return default;
        });

        Assert.Equal(new Order("o-7", 7), seen!.Detail);
        Assert.Equal("OrderShipped", seen.DetailType);
        Assert.Equal("com.example.orders", seen.Source);
    }

    [Fact]
    public async Task EventBridge_detail_that_does_not_fit_fails_the_invocation()
    {
        var invocation = TestInvocation.Create(TestInvocation.Load("eventbridge.json").Replace("\"quantity\": 7", "\"quantity\": \"many\"", StringComparison.Ordinal));

        await Assert.ThrowsAsync<LambdaEventException>(async () =>
            await EventBridgeTrigger.RunAsync(invocation, OrderJson.Default.Order, static (e, inv) => default));
    }

    [Fact]
    public async Task Schedule_rule_envelope_through_the_raw_handler()
    {
        var invocation = TestInvocation.FromFile("scheduled-event.json");
        string? detailType = null;

        await EventBridgeTrigger.RunAsync(invocation, (e, inv) =>
        {
            detailType = e.DetailType;
            return default;
        });

        Assert.Equal("Scheduled Event", detailType);
    }

    [Fact]
    public async Task Schedule_input_is_read_as_the_payload()
    {
        var invocation = TestInvocation.Create("""{"id":"nightly","quantity":3}""");
        Order? input = null;

        await ScheduleTrigger.RunAsync(invocation, OrderJson.Default.Order, (order, inv) =>
        {
            input = order;
            return default;
        });

        Assert.Equal(new Order("nightly", 3), input);
    }

    [Fact]
    public async Task Schedule_raw_input_as_json_element()
    {
        var invocation = TestInvocation.Create("""{"report":"daily"}""");
        string? report = null;

        await ScheduleTrigger.RunAsync(invocation, LambdaGenEventsJsonContext.Default.JsonElement, (input, inv) =>
        {
            report = input.GetProperty("report").GetString();
            return default;
        });

        Assert.Equal("daily", report);
    }

    [Fact]
    public async Task Schedule_without_payload_does_not_read_the_event()
    {
        var invocation = TestInvocation.Create("this is not even JSON");
        var called = false;

        await ScheduleTrigger.RunAsync(invocation, inv =>
        {
            called = true;
            return default;
        });

        Assert.True(called);
    }

    [Fact]
    public async Task Generated_call_shapes_compile_for_task_returning_user_methods()
    {
        // The lead emits async lambdas around Task-returning user methods; this is the shape, compiled here.
        var invocation = TestInvocation.FromFile("sqs-batch.json");

        await SqsTrigger.RunBatchAsync(invocation, OrderJson.Default.Order, static async (batch, inv) => await UserCode.Orders(batch, inv.CancellationToken));
        var second = TestInvocation.FromFile("sqs-batch.json");
        await SqsTrigger.RunBatchAsync(second, OrderJson.Default.Order, static async (batch, inv) =>
        {
            await UserCode.OrdersNoResponse(batch, inv.CancellationToken);
            return null;
        });

        Assert.Equal(["3b7c1a4e-0000-4a7e-9d1c-5a1e2f3c4d5e", "059f36b4-87a3-44ab-83d2-661975830a7d"], invocation.FailedIds());
        Assert.Equal(["3b7c1a4e-0000-4a7e-9d1c-5a1e2f3c4d5e"], second.FailedIds());
    }

    private static class UserCode
    {
        public static Task<SqsBatchResponse> Orders(SqsEvent<Order> batch, CancellationToken ct)
            => Task.FromResult(new SqsBatchResponse().Fail(batch.Records[0].MessageId));

        public static Task OrdersNoResponse(SqsEvent<Order> batch, CancellationToken ct) => Task.CompletedTask;
    }
}
