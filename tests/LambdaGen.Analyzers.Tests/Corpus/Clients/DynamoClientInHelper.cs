using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Customer(string Id, string Email);

internal static class CustomerStore
{
    public static async Task Save(Customer customer, CancellationToken ct)
    {
        using var dynamo = new AmazonDynamoDBClient(); // expect: LG1002
        var item = new Dictionary<string, AttributeValue> { ["id"] = new AttributeValue { S = customer.Id } };
        await dynamo.PutItemAsync("customers", item, ct);
    }
}

public static class Customers
{
    [HttpPost("/customers")]
    public static async Task<Customer> Create(Customer customer, CancellationToken ct)
    {
        await CustomerStore.Save(customer, ct);
        return customer;
    }
}
