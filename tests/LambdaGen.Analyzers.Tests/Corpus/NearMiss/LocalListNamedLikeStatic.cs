using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Order(string Id, decimal Total);

public static class Batch
{
    private const int MaxItems = 100;

    [SqsTrigger("@OrdersQueue")]
    public static Task Handle(List<Order> orders, CancellationToken ct)
    {
        var Processed = new List<Order>();
        foreach (var order in orders)
        {
            if (Processed.Count < MaxItems)
                Processed.Add(order);
        }

        return Task.CompletedTask;
    }
}
