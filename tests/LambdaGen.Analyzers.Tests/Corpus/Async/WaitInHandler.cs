using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Order(string Id);

public static class Legacy
{
    private static Task SaveAsync(Order order, CancellationToken ct) => Task.Delay(1, ct);

    [SqsTrigger("@Legacy")]
    public static void Handle(Order order, CancellationToken ct)
    {
        SaveAsync(order, ct).Wait(); // expect: LG1011
    }
}
