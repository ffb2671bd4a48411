using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Vote(string PollId, string Option);

internal static class VoteStore
{
    private static readonly AmazonDynamoDBClient Dynamo = new();

    public static Task Save(Vote vote, CancellationToken ct)
        => Dynamo.PutItemAsync(new PutItemRequest { TableName = "votes" }); // expect: LG1006
}

public static class Polls
{
    [HttpPost("/polls/{pollId}/votes")]
    public static async Task<string> Cast(string pollId, Vote vote, CancellationToken ct)
    {
        await VoteStore.Save(vote, ct);
        return pollId;
    }
}
