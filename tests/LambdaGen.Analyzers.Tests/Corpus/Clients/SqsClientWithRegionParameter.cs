using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon;
using Amazon.SQS;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Forward(string Region, string QueueUrl, string Body);

public static class Forwarder
{
    [SqsTrigger("@ForwardQueue")]
    public static async Task Handle(Forward message, CancellationToken ct)
    {
        var sqs = new AmazonSQSClient(RegionEndpoint.GetBySystemName(message.Region)); // expect: LG1002
        await sqs.SendMessageAsync(message.QueueUrl, message.Body, ct);
    }
}
