// Shapes of a few Amazon.Lambda.*Events types (public API as documented by AWS), subset of members. Test stubs.
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Amazon.Lambda.SQSEvents
{
    public class SQSEvent
    {
        public List<SQSMessage> Records { get; set; }

        public class SQSMessage
        {
            public string MessageId { get; set; }
            public string ReceiptHandle { get; set; }
            public string Body { get; set; }
            public string EventSource { get; set; }
            public string EventSourceArn { get; set; }
            public Dictionary<string, string> Attributes { get; set; }
        }
    }

    public class SQSBatchResponse
    {
        [JsonPropertyName("batchItemFailures")]
        public List<BatchItemFailure> BatchItemFailures { get; set; }

        public class BatchItemFailure
        {
            [JsonPropertyName("itemIdentifier")]
            public string ItemIdentifier { get; set; }
        }
    }
}

namespace Amazon.Lambda.APIGatewayEvents
{
    public class APIGatewayHttpApiV2ProxyRequest
    {
        [JsonPropertyName("routeKey")]
        public string RouteKey { get; set; }

        [JsonPropertyName("rawPath")]
        public string RawPath { get; set; }

        [JsonPropertyName("rawQueryString")]
        public string RawQueryString { get; set; }

        [JsonPropertyName("headers")]
        public IDictionary<string, string> Headers { get; set; }

        [JsonPropertyName("body")]
        public string Body { get; set; }

        [JsonPropertyName("isBase64Encoded")]
        public bool IsBase64Encoded { get; set; }
    }

    public class APIGatewayHttpApiV2ProxyResponse
    {
        [JsonPropertyName("statusCode")]
        public int StatusCode { get; set; }

        [JsonPropertyName("headers")]
        public IDictionary<string, string> Headers { get; set; }

        [JsonPropertyName("body")]
        public string Body { get; set; }

        [JsonPropertyName("isBase64Encoded")]
        public bool IsBase64Encoded { get; set; }
    }
}

namespace Amazon.Lambda.S3Events
{
    public class S3Event
    {
        public List<S3EventNotificationRecord> Records { get; set; }

        public class S3EventNotificationRecord
        {
            public string EventName { get; set; }
            public S3Entity S3 { get; set; }
        }

        public class S3Entity
        {
            public S3BucketEntity Bucket { get; set; }
            public S3ObjectEntity Object { get; set; }
        }

        public class S3BucketEntity
        {
            public string Name { get; set; }
        }

        public class S3ObjectEntity
        {
            public string Key { get; set; }
            public long Size { get; set; }
        }
    }
}

namespace Amazon.Lambda.SNSEvents
{
    public class SNSEvent
    {
        public List<SNSRecord> Records { get; set; }

        public class SNSRecord
        {
            public string EventSource { get; set; }
            public SNSMessage Sns { get; set; }
        }

        public class SNSMessage
        {
            public string MessageId { get; set; }
            public string Message { get; set; }
            public string Subject { get; set; }
        }
    }
}

namespace Amazon.Lambda.DynamoDBEvents
{
    public class DynamoDBEvent
    {
        public List<DynamodbStreamRecord> Records { get; set; }

        public class DynamodbStreamRecord
        {
            public string EventID { get; set; }
            public string EventName { get; set; }
        }
    }
}
