using System.Text.Json;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>
/// Source-generated JSON metadata for every event and response type. Generated applications chain
/// <see cref="Default"/> into their resolver; the trigger helpers read events with it.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsMessage))]
[JsonSerializable(typeof(SqsMessageAttribute))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(BatchItemFailure))]
[JsonSerializable(typeof(StreamsEventResponse))]
[JsonSerializable(typeof(SnsEvent))]
[JsonSerializable(typeof(SnsRecord))]
[JsonSerializable(typeof(SnsMessage))]
[JsonSerializable(typeof(SnsMessageAttribute))]
[JsonSerializable(typeof(S3Event))]
[JsonSerializable(typeof(S3EventRecord))]
[JsonSerializable(typeof(S3Entity))]
[JsonSerializable(typeof(S3Bucket))]
[JsonSerializable(typeof(S3Object))]
[JsonSerializable(typeof(S3UserIdentity))]
[JsonSerializable(typeof(EventBridgeEvent))]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(DynamoDbStreamRecord))]
[JsonSerializable(typeof(DynamoDbStreamChange))]
[JsonSerializable(typeof(DynamoDbAttributeValue))]
[JsonSerializable(typeof(DynamoDbUserIdentity))]
[JsonSerializable(typeof(KinesisEvent))]
[JsonSerializable(typeof(KinesisEventRecord))]
[JsonSerializable(typeof(KinesisRecord))]
[JsonSerializable(typeof(JsonElement))]
public partial class LambdaGenEventsJsonContext : JsonSerializerContext
{
}
