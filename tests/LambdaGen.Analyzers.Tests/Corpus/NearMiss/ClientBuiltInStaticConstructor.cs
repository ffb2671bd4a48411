using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Visit(string Page);

public static class Visits
{
    private static readonly AmazonDynamoDBClient Dynamo;
    private static readonly List<string> Tables = new();

    static Visits()
    {
        Dynamo = new AmazonDynamoDBClient();
        Tables.Add("visits");
    }

    [HttpPost("/visits")]
    public static async Task<int> Record(Visit visit, CancellationToken ct)
    {
        var item = new Dictionary<string, AttributeValue> { ["page"] = new AttributeValue { S = visit.Page } };
        await Dynamo.PutItemAsync(Tables[0], item, ct);
        return 1;
    }
}
