using LambdaGen.Events;

namespace LambdaGen.Triggers.Tests;

public sealed class StreamTriggerTests
{
    private const string Third = "49590338271490256608559692540925702759324208523137515619";
    private const string Second = "49590338271490256608559692540925702759324208523137515618";

    [Fact]
    public async Task Kinesis_each_stops_at_the_unreadable_record_and_reports_only_it()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("kinesis.json");

        await KinesisTrigger.RunEachAsync(invocation, OrderJson.Default.Order, (record, inv) =>
        {
            processed.Add(record.Data.Id);
            return default;
        });

        // k-4 comes after the failure: Lambda resumes at the third record, so it is neither processed nor reported.
        Assert.Equal(["k-1", "k-2"], processed);
        Assert.Equal([Third], invocation.FailedIds());
    }

    [Fact]
    public async Task Kinesis_each_stops_at_the_first_throwing_record()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("kinesis.json");

        await KinesisTrigger.RunEachAsync(invocation, OrderJson.Default.Order, (record, inv) =>
        {
            if (record.Data.Id == "k-2")
            {
                throw new TimeoutException("k-2");
            }

            processed.Add(record.Data.Id);
            return default;
        });

        Assert.Equal(["k-1"], processed);
        Assert.Equal([Second], invocation.FailedIds());
    }

    [Fact]
    public async Task Kinesis_batch_gets_the_records_before_the_unreadable_one()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("kinesis.json");

        await KinesisTrigger.RunBatchAsync(invocation, OrderJson.Default.Order, async (batch, inv) =>
        {
            processed.AddRange(batch.Records.Select(static r => r.Data.Id));
            await Task.Yield();
            return null;
        });

        Assert.Equal(["k-1", "k-2"], processed);
        Assert.Equal([Third], invocation.FailedIds());
    }

    [Fact]
    public async Task Kinesis_raw_each_sees_bytes_and_succeeds()
    {
        var invocation = TestInvocation.FromFile("kinesis.json");
        var sizes = new List<int>();

        await KinesisTrigger.RunEachAsync(invocation, (record, inv) =>
        {
            sizes.Add(record.Kinesis.Data.Length);
            return default;
        });

        Assert.Equal(4, sizes.Count);
        Assert.Equal("""{"batchItemFailures":[]}""", invocation.Response());
    }

    [Fact]
    public async Task Stream_near_the_deadline_reports_the_next_record_and_stops()
    {
        var invocation = TestInvocation.FromFile("kinesis.json", remaining: TimeSpan.Zero);

        await KinesisTrigger.RunEachAsync(invocation, OrderJson.Default.Order, static (record, inv) => default);

        Assert.Equal(["49590338271490256608559692538361571095921575989136588898"], invocation.FailedIds());
    }

    [Fact]
    public async Task DynamoDb_each_reads_new_and_old_images()
    {
        var seen = new List<(string Event, string? New, string? Old)>();
        var invocation = TestInvocation.FromFile("dynamodb.json");

        await DynamoDbStreamTrigger.RunEachAsync(invocation, ItemJson.Default.Item, (record, inv) =>
        {
            seen.Add((record.EventName, record.NewImage?.Message, record.OldImage?.Message));
            return default;
        });

        Assert.Equal(
            [("INSERT", "New item!", null), ("MODIFY", "This item has changed", "New item!"), ("REMOVE", null, "This item has changed")],
            seen);
        Assert.Empty(invocation.FailedIds());
    }

    [Fact]
    public async Task DynamoDb_each_stops_at_the_first_failure()
    {
        var calls = 0;
        var invocation = TestInvocation.FromFile("dynamodb.json");

        await DynamoDbStreamTrigger.RunEachAsync(invocation, ItemJson.Default.Item, (record, inv) =>
        {
            calls++;
            return record.EventName == "MODIFY" ? throw new InvalidOperationException("conflict") : default;
        });

        Assert.Equal(2, calls);
        Assert.Equal(["4421584500000000017450439092"], invocation.FailedIds());
    }

    [Fact]
    public async Task DynamoDb_batch_with_an_image_that_does_not_fit_reports_it()
    {
        var json = TestInvocation.Load("dynamodb.json").Replace("\"Message\": { \"S\": \"This item has changed\" } },\n        \"OldImage\"", "\"Message\": { \"N\": \"5\" } },\n        \"OldImage\"", StringComparison.Ordinal);
        Assert.NotEqual(TestInvocation.Load("dynamodb.json"), json);
        var invocation = TestInvocation.Create(json);
        var processed = new List<string>();

        await DynamoDbStreamTrigger.RunBatchAsync(invocation, ItemJson.Default.Item, async (batch, inv) =>
        {
            processed.AddRange(batch.Records.Select(static r => r.EventName));
            await Task.Yield();
            return null;
        });

        Assert.Equal(["INSERT"], processed);
        Assert.Equal(["4421584500000000017450439092"], invocation.FailedIds());
    }

    [Fact]
    public async Task DynamoDb_raw_batch_response_is_written()
    {
        var invocation = TestInvocation.FromFile("dynamodb.json");

        await DynamoDbStreamTrigger.RunBatchAsync(invocation, static (batch, inv) =>
            new ValueTask<StreamsEventResponse?>(new StreamsEventResponse().Fail(batch.Records[1].SequenceNumber)));

        Assert.Equal(["4421584500000000017450439092"], invocation.FailedIds());
    }
}
