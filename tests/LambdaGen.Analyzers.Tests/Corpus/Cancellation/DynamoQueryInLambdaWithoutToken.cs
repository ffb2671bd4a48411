using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class TeamsApi(IAmazonDynamoDB dynamo)
{
    [HttpGet("/teams/{id}/members")]
    public async Task<int> Members(string id)
    {
        var response = await dynamo.QueryAsync(new QueryRequest { TableName = "members" }); // expect: LG1007
        return response.Count ?? 0;
    }
}
