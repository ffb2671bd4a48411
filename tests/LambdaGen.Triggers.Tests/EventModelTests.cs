using System.Text;
using System.Text.Json;
using LambdaGen.Events;

namespace LambdaGen.Triggers.Tests;

/// <summary>Every documented event shape reads through the source-generated context.</summary>
public sealed class EventModelTests
{
    private static readonly LambdaGenEventsJsonContext Json = LambdaGenEventsJsonContext.Default;

    [Fact]
    public void Sqs_message_attributes_and_system_attributes()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("sqs-batch.json"), Json.SqsEvent)!;

        Assert.Equal(5, e.Records.Count);
        var first = e.Records[0];
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", first.MessageId);
        Assert.Equal("{\"id\":\"o-1\",\"quantity\":1}", first.Body);
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:orders", first.EventSourceArn);
        Assert.Equal(1, first.ApproximateReceiveCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082649183), first.SentTimestamp);
        Assert.Null(first.MessageGroupId);
        Assert.Equal("acme", first.MessageAttributes["tenant"].StringValue);
        Assert.Equal("Number.int", first.MessageAttributes["priority"].DataType);
        Assert.Equal(new byte[] { 1, 2, 3 }, first.MessageAttributes["signature"].BinaryValue);
        Assert.Equal(3, e.Records[2].ApproximateReceiveCount);
    }

    [Fact]
    public void Sqs_fifo_fields()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("sqs-fifo.json"), Json.SqsEvent)!;

        var m = e.Records[0];
        Assert.Equal("group-a", m.MessageGroupId);
        Assert.Equal("dedup-a1", m.MessageDeduplicationId);
        Assert.Equal("18849496460467696128", m.SequenceNumber);
    }

    [Fact]
    public void Sns_notification()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("sns.json"), Json.SnsEvent)!;

        var record = Assert.Single(e.Records);
        Assert.Equal("aws:sns", record.EventSource);
        Assert.Equal("95df01b4-ee98-5cb9-9903-4c221d41eb5e", record.Sns.MessageId);
        Assert.Equal("OrderPlaced", record.Sns.Subject);
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:order-events", record.Sns.TopicArn);
        Assert.Equal(new DateTimeOffset(2019, 1, 2, 12, 45, 7, TimeSpan.Zero), record.Sns.Timestamp);
        Assert.Equal("TestString", record.Sns.MessageAttributes["Test"].Value);
        Assert.Equal("Binary", record.Sns.MessageAttributes["TestBinary"].Type);
        Assert.StartsWith("https://sns.us-east-1.amazonaws.com/SimpleNotificationService", record.Sns.SigningCertUrl);
    }

    [Fact]
    public void S3_record_and_decoded_key()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("s3-put.json"), Json.S3Event)!;

        var record = Assert.Single(e.Records);
        Assert.Equal("ObjectCreated:Put", record.EventName);
        Assert.Equal("uploads-bucket", record.S3.Bucket.Name);
        Assert.Equal("invoices/2019/March+report+%281%29.pdf", record.S3.Object.Key);
        Assert.Equal("invoices/2019/March report (1).pdf", record.S3.Object.DecodedKey);
        Assert.Equal(1305107, record.S3.Object.Size);
        Assert.Equal("205.255.255.255", record.RequestParameters!["sourceIPAddress"]);
        Assert.Equal("D82B88E5F771F645", record.ResponseElements!["x-amz-request-id"]);
        Assert.Equal(new DateTimeOffset(2019, 9, 3, 19, 37, 27, 192, TimeSpan.Zero), record.EventTime);
    }

    [Theory]
    [InlineData("a+b.txt", "a b.txt")]
    [InlineData("a%2Bb.txt", "a+b.txt")]
    [InlineData("%E2%82%AC%2Fcosts.csv", "€/costs.csv")]
    [InlineData("plain/key.json", "plain/key.json")]
    public void S3_keys_are_form_url_decoded(string sent, string key)
        => Assert.Equal(key, new S3Object { Key = sent }.DecodedKey);

    [Fact]
    public void EventBridge_envelope_keeps_detail_as_json()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("eventbridge.json"), Json.EventBridgeEvent)!;

        Assert.Equal("OrderShipped", e.DetailType);
        Assert.Equal("com.example.orders", e.Source);
        Assert.Equal("111122223333", e.Account);
        Assert.Equal(new DateTimeOffset(2017, 12, 22, 18, 43, 48, TimeSpan.Zero), e.Time);
        Assert.Equal(7, e.Detail.GetProperty("quantity").GetInt32());
    }

    [Fact]
    public void Scheduled_event_envelope()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("scheduled-event.json"), Json.EventBridgeEvent)!;

        Assert.Equal("Scheduled Event", e.DetailType);
        Assert.Equal("aws.events", e.Source);
        Assert.Equal("arn:aws:events:us-east-2:123456789012:rule/my-schedule", Assert.Single(e.Resources));
        Assert.Equal(JsonValueKind.Object, e.Detail.ValueKind);
    }

    [Fact]
    public void DynamoDb_typed_attribute_values()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("dynamodb.json"), Json.DynamoDbStreamEvent)!;

        Assert.Equal(3, e.Records.Count);
        var insert = e.Records[0];
        Assert.Equal("INSERT", insert.EventName);
        Assert.Equal("4421584500000000017450439091", insert.SequenceNumber);
        Assert.Equal("101", insert.DynamoDb.Keys["Id"].N);
        var image = insert.DynamoDb.NewImage!;
        Assert.Equal("New item!", image["Message"].S);
        Assert.True(image["Active"].BOOL);
        Assert.True(image["Deleted"].NULL);
        Assert.Equal(["a", "b"], image["Tags"].SS!);
        Assert.Equal(["1", "2.5"], image["Scores"].NS!);
        Assert.Equal(new byte[] { 1, 2, 3 }, image["Blob"].B);
        Assert.Equal(2, image["Blobs"].BS!.Count);
        Assert.Equal("Lyon", image["Address"].M!["City"].S);
        Assert.Equal("3", image["History"].L![1].N);
        Assert.Equal(new DateTimeOffset(2015, 4, 9, 0, 0, 0, TimeSpan.Zero), insert.DynamoDb.ApproximateCreationTime);
        Assert.Null(insert.DynamoDb.OldImage);

        var remove = e.Records[2];
        Assert.Equal("Service", remove.UserIdentity!.Type);
        Assert.Null(remove.DynamoDb.NewImage);
    }

    [Fact]
    public void DynamoDb_image_reads_as_a_plain_type()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("dynamodb.json"), Json.DynamoDbStreamEvent)!;

        var item = DynamoDbImage.Read(e.Records[0].DynamoDb.NewImage!, ItemJson.Default.Item)!;

        Assert.Equal(101, item.Id);
        Assert.Equal(1234567890123456789.25m, item.Price);
        Assert.True(item.Active);
        Assert.Null(item.Deleted);
        Assert.Equal(["a", "b"], item.Tags!);
        Assert.Equal([1, 2.5], item.Scores!);
        Assert.Equal(new byte[] { 1, 2, 3 }, item.Blob);
        Assert.Equal(new byte[] { 2 }, item.Blobs![1]);
        Assert.Equal(new Address("Lyon", 69001), item.Address);
        Assert.Equal("created", item.History![0].GetString());
    }

    [Fact]
    public void Kinesis_data_is_decoded_from_base64()
    {
        var e = JsonSerializer.Deserialize(TestInvocation.Load("kinesis.json"), Json.KinesisEvent)!;

        var first = e.Records[0];
        Assert.Equal("{\"id\":\"k-1\",\"quantity\":1}", Encoding.UTF8.GetString(first.Kinesis.Data));
        Assert.Equal("49590338271490256608559692538361571095921575989136588898", first.SequenceNumber);
        Assert.Equal("1", first.Kinesis.PartitionKey);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545084650987), first.Kinesis.ApproximateArrivalTime);
        Assert.Equal("aws:kinesis:record", first.EventName);
    }

    [Fact]
    public void Batch_responses_have_the_documented_shape()
    {
        var sqs = JsonSerializer.Serialize(new SqsBatchResponse().Fail("m-1").Fail("m-2"), Json.SqsBatchResponse);
        var streams = JsonSerializer.Serialize(new StreamsEventResponse().Fail("42"), Json.StreamsEventResponse);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-1"},{"itemIdentifier":"m-2"}]}""", sqs);
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"42"}]}""", streams);
    }

    [Fact]
    public void Context_chains_into_an_application_resolver()
    {
        // What the generated JSON metadata does: the events context is one link of the application's chain.
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        options.TypeInfoResolverChain.Add(OrderJson.Default);
        options.TypeInfoResolverChain.Add(LambdaGenEventsJsonContext.Default);

        var e = (SqsEvent)JsonSerializer.Deserialize(TestInvocation.Load("sqs-batch.json"), typeof(SqsEvent), options)!;
        var response = JsonSerializer.Serialize(new SqsBatchResponse().Fail("x"), typeof(SqsBatchResponse), options);

        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", e.Records[0].MessageId);
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"x"}]}""", response);
    }
}
