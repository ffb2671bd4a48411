using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Like(string PostId);

public sealed class LikesApi
{
    [HttpPost("/likes")]
    public async Task<string> Add(Like like, CancellationToken ct)
    {
        var dynamo = new AmazonDynamoDBClient(); // expect: LG1002
        await dynamo.UpdateItemAsync(new UpdateItemRequest { TableName = "likes" }, ct);
        return like.PostId;
    }
}
