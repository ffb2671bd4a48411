using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers.Tests;

/// <summary>The calls the generated entry points make, written exactly as the generator emits them.</summary>
public sealed class SqsTriggerTests
{
    private const string Poison = "3b7c1a4e-0000-4a7e-9d1c-5a1e2f3c4d5e";

    [Fact]
    public async Task Batch_of_five_with_a_malformed_third_body_reports_exactly_that_message()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("sqs-batch.json");

        await SqsTrigger.RunBatchAsync(invocation, OrderJson.Default.Order, async (batch, inv) =>
        {
            processed.AddRange(batch.Records.Select(static m => m.Body.Id));
            await Task.Yield();
            return null;
        });

        Assert.Equal(["o-1", "o-2", "o-4", "o-5"], processed);
        Assert.Equal([Poison], invocation.FailedIds());
    }

    [Fact]
    public async Task Batch_response_merges_unreadable_messages_with_the_handlers_failures()
    {
        var invocation = TestInvocation.FromFile("sqs-batch.json");

        await SqsTrigger.RunBatchAsync(invocation, OrderJson.Default.Order, static async (batch, inv) =>
        {
            await Task.Yield();
            var response = new SqsBatchResponse();
            foreach (var message in batch.Records.Where(static m => m.Body.Quantity % 2 == 0))
            {
                response.Fail(message.MessageId);
            }

            return response;
        });

        Assert.Equal([Poison, "2e1424d4-f796-459a-8184-9c92662be6da", "4c8d2b5f-1111-4b8f-8e2d-6b2f3a4d5e6f"], invocation.FailedIds());
    }

    [Fact]
    public async Task Each_with_a_malformed_third_body_processes_the_other_four()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("sqs-batch.json");

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, (message, inv) =>
        {
            processed.Add(message.Body.Id);
            return default;
        });

        Assert.Equal(["o-1", "o-2", "o-4", "o-5"], processed);
        Assert.Equal([Poison], invocation.FailedIds());
    }

    [Fact]
    public async Task Each_reports_a_throwing_message_and_goes_on()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("sqs-batch.json");

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, async (message, inv) =>
        {
            await Task.Yield();
            if (message.Body.Id == "o-2")
            {
                throw new InvalidOperationException("downstream refused o-2");
            }

            processed.Add(message.Body.Id);
        });

        Assert.Equal(["o-1", "o-4", "o-5"], processed);
        Assert.Equal(["2e1424d4-f796-459a-8184-9c92662be6da", Poison], invocation.FailedIds());
    }

    [Fact]
    public async Task Each_with_nothing_failing_answers_an_empty_failure_list()
    {
        var invocation = TestInvocation.Create("""{"Records":[{"messageId":"m-1","body":"{\"id\":\"x\",\"quantity\":1}","attributes":{}}]}""");

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, static (message, inv) => default);

        Assert.Equal("""{"batchItemFailures":[]}""", invocation.Response());
    }

    [Fact]
    public async Task Fifo_failure_fails_the_rest_of_its_group_only()
    {
        var processed = new List<string>();
        var invocation = TestInvocation.FromFile("sqs-fifo.json");

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, (message, inv) =>
        {
            if (message.Body.Id == "a2")
            {
                throw new InvalidOperationException("a2 failed");
            }

            processed.Add(message.Body.Id);
            return default;
        });

        // a3 follows a2 in group-a: reporting it keeps the group in order; group-b is unaffected.
        Assert.Equal(["a1", "b1", "b2"], processed);
        Assert.Equal(["fifo-a2", "fifo-a3"], invocation.FailedIds());
    }

    [Fact]
    public async Task Fifo_batch_leaves_the_rest_of_a_group_out_after_an_unreadable_body()
    {
        var json = TestInvocation.Load("sqs-fifo.json").Replace("{\\\"id\\\":\\\"a1\\\",\\\"quantity\\\":1}", "not json", StringComparison.Ordinal);
        var invocation = TestInvocation.Create(json);
        var processed = new List<string>();

        await SqsTrigger.RunBatchAsync(invocation, OrderJson.Default.Order, async (batch, inv) =>
        {
            processed.AddRange(batch.Records.Select(static m => m.Body.Id));
            await Task.Yield();
            return null;
        });

        Assert.Equal(["b1", "b2"], processed);
        Assert.Equal(["fifo-a1", "fifo-a2", "fifo-a3"], invocation.FailedIds());
    }

    [Fact]
    public async Task Each_hands_the_rest_back_when_the_deadline_is_near()
    {
        var invocation = TestInvocation.FromFile("sqs-batch.json", remaining: TimeSpan.Zero);
        var calls = 0;

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, (message, inv) =>
        {
            calls++;
            return default;
        });

        Assert.Equal(0, calls);
        Assert.Equal(5, invocation.FailedIds().Length);
    }

    [Fact]
    public async Task String_bodies_are_the_text_as_sent()
    {
        var invocation = TestInvocation.Create("""{"Records":[{"messageId":"m-1","body":"hello, plain text","attributes":{}}]}""");
        string? body = null;

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.String, (message, inv) =>
        {
            body = message.Body;
            return default;
        });

        Assert.Equal("hello, plain text", body);
        Assert.Empty(invocation.FailedIds());
    }

    [Fact]
    public async Task Json_null_body_is_reported_failed()
    {
        var invocation = TestInvocation.Create("""{"Records":[{"messageId":"m-1","body":"null","attributes":{}}]}""");

        await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, static (message, inv) => default);

        Assert.Equal(["m-1"], invocation.FailedIds());
    }

    [Fact]
    public async Task Raw_batch_handler_response_is_written()
    {
        var invocation = TestInvocation.FromFile("sqs-batch.json");

        await SqsTrigger.RunBatchAsync(invocation, static (batch, inv) =>
            new ValueTask<SqsBatchResponse?>(new SqsBatchResponse().Fail(batch.Records[4].MessageId)));

        Assert.Equal(["5d9e3c6a-2222-4c9a-9f3e-7c3a4b5e6f7a"], invocation.FailedIds());
    }

    [Fact]
    public async Task Raw_each_handler_sees_the_text_body()
    {
        var invocation = TestInvocation.FromFile("sqs-batch.json");
        var bodies = new List<string>();

        await SqsTrigger.RunEachAsync(invocation, (message, inv) =>
        {
            bodies.Add(message.Body);
            return default;
        });

        Assert.Equal(5, bodies.Count);
        Assert.Empty(invocation.FailedIds());
    }

    [Fact]
    public async Task An_event_that_is_not_an_sqs_batch_fails_the_invocation()
    {
        var invocation = TestInvocation.Create("[1,2,3]");

        await Assert.ThrowsAsync<LambdaEventException>(async () =>
            await SqsTrigger.RunEachAsync(invocation, OrderJson.Default.Order, static (message, inv) => default));
    }
}
