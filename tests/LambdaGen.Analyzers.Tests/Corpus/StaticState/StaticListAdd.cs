using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Order(string Id, decimal Total);

public static class OrderJobs
{
    private static readonly List<Order> Processed = new();

    [SqsTrigger("@OrdersQueue")]
    public static Task Handle(Order order, CancellationToken ct)
    {
        Processed.Add(order); // expect: LG1001
        return Task.CompletedTask;
    }
}
