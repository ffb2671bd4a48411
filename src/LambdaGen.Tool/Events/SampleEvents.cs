using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LambdaGen.Tool.Gateway;
using LambdaGen.Tool.Manifest;

namespace LambdaGen.Tool.Events;

/// <summary>
/// Sample events in the shapes AWS documents for each trigger, with current timestamps, for editing and
/// feeding to <c>lambdagen invoke</c>.
/// </summary>
internal static class SampleEvents
{
    public static readonly IReadOnlyList<string> Kinds = new[] { "http", "sqs", "sns", "s3", "schedule", "dynamodb", "kinesis" };

    /// <summary>The sample for <paramref name="kind"/>, indented; null for an unknown kind.</summary>
    public static string? Get(string kind, DateTimeOffset now)
    {
        var iso = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var isoSeconds = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var epochMs = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var epochSeconds = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var json = kind.ToLowerInvariant() switch
        {
            "http" => Http(now),
            "sqs" => $$$$"""
                {"Records":[{"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a","body":"{\"orderId\":42,\"item\":\"book\"}","attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"{{{{epochMs}}}}","SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"{{{{epochMs}}}}"},"messageAttributes":{},"md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:us-east-1:123456789012:my-queue","awsRegion":"us-east-1"}]}
                """,
            "sns" => $$$$"""
                {"Records":[{"EventVersion":"1.0","EventSubscriptionArn":"arn:aws:sns:us-east-1:123456789012:my-topic:c9135db0-26c4-47ec-8998-413945fb5a96","EventSource":"aws:sns","Sns":{"SignatureVersion":"1","Timestamp":"{{{{iso}}}}","Signature":"EXAMPLE","SigningCertUrl":"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem","MessageId":"95df01b4-ee98-5cb9-9903-4c221d41eb5e","Message":"Hello from SNS!","MessageAttributes":{"Test":{"Type":"String","Value":"TestString"}},"Type":"Notification","UnsubscribeUrl":"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe","TopicArn":"arn:aws:sns:us-east-1:123456789012:my-topic","Subject":"example subject"}}]}
                """,
            "s3" => $$$$"""
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventTime":"{{{{iso}}}}","eventName":"ObjectCreated:Put","userIdentity":{"principalId":"EXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},"responseElements":{"x-amz-request-id":"EXAMPLE123456789","x-amz-id-2":"EXAMPLE123/5678abcdefghijklambdaisawesome/mnopqrstuvwxyzABCDEFGH"},"s3":{"s3SchemaVersion":"1.0","configurationId":"testConfigRule","bucket":{"name":"example-bucket","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::example-bucket"},"object":{"key":"uploads/test%2Fkey.txt","size":1024,"eTag":"0123456789abcdef0123456789abcdef","sequencer":"0A1B2C3D4E5F678901"}}}]}
                """,
            "schedule" => $$$$"""
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"{{{{isoSeconds}}}}","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/my-schedule"],"detail":{}}
                """,
            "dynamodb" => $$$$"""
                {"Records":[{"eventID":"c4ca4238a0b923820dcc509a6f75849b","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":{{{{epochSeconds}}}},"Keys":{"Id":{"N":"101"}},"NewImage":{"Message":{"S":"New item!"},"Id":{"N":"101"}},"SequenceNumber":"4421584500000000017450439091","SizeBytes":26,"StreamViewType":"NEW_AND_OLD_IMAGES"},"eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTable/stream/2015-06-27T00:48:05.899"}]}
                """,
            "kinesis" => $$$$"""
                {"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"1","sequenceNumber":"49590338271490256608559692538361571095921575989136588898","data":"SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==","approximateArrivalTimestamp":{{{{epochSeconds}}}}.123},"eventSource":"aws:kinesis","eventVersion":"1.0","eventID":"shardId-000000000006:49590338271490256608559692538361571095921575989136588898","eventName":"aws:kinesis:record","invokeIdentityArn":"arn:aws:iam::123456789012:role/lambda-role","awsRegion":"us-east-1","eventSourceARN":"arn:aws:kinesis:us-east-1:123456789012:stream/lambda-stream"}]}
                """,
            _ => null,
        };

        return json is null ? null : Indent(json);
    }

    /// <summary>An HTTP API v2 event built by the same code as <c>serve</c> uses, for <c>POST /todos/{id}</c>.</summary>
    private static string Http(DateTimeOffset now)
    {
        var function = new FunctionSpec("HttpApi", "HttpApi", "HttpApi", 512, TimeSpan.FromSeconds(10), new Dictionary<string, string>(), null, Array.Empty<RouteSpec>(), Array.Empty<string>());
        var route = new RouteSpec("POST", "/todos/{id}", "Sample");
        var request = new GatewayRequest(
            "POST",
            "/todos/42",
            "verbose=true",
            new KeyValuePair<string, string>[]
            {
                new("accept", "application/json"),
                new("content-type", "application/json"),
                new("cookie", "session=abc123; theme=dark"),
                new("host", "abcdef123.execute-api.us-east-1.amazonaws.com"),
                new("user-agent", "curl/8.5.0"),
            },
            Encoding.UTF8.GetBytes("{\"title\":\"Write the docs\",\"done\":false}"),
            "203.0.113.7",
            "abcdef123.execute-api.us-east-1.amazonaws.com",
            now);
        var match = new RouteMatch(function, route, new Dictionary<string, string> { ["id"] = "42" });
        return Encoding.UTF8.GetString(PayloadV2.CreateEvent(request, match, "JKJaXmPLvHcESHA=", apiId: "abcdef123"));
    }

    private static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Encoding.UTF8.GetString(Json.Write(document.RootElement.WriteTo, indented: true));
    }
}
