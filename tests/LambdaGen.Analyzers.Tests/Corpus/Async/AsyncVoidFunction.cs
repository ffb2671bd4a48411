using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Order(string Id);

public static class Fulfilment
{
    [SqsTrigger("@Fulfilment")]
    public static async void Ship(Order order, CancellationToken ct) // expect: LG1009
    {
        await Task.Delay(10, ct);
    }
}
