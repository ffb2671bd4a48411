using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Dashboard
{
    private static Task<int> CountOrders(CancellationToken ct) => Task.FromResult(1);
    private static Task<int> CountUsers(CancellationToken ct) => Task.FromResult(2);

    [HttpGet("/dashboard")]
    public static async Task<int> Get(CancellationToken ct)
    {
        var orders = CountOrders(ct);
        var users = CountUsers(ct);
        await Task.WhenAll(orders, users);
        return orders.Result + users.Result;
    }
}
