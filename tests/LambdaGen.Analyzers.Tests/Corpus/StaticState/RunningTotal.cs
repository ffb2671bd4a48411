using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Invoice(string Id, decimal Total);

public static class Billing
{
    private static decimal _runningTotal;

    [SqsTrigger("@InvoicesQueue", BatchSize = 10)]
    public static Task Add(Invoice invoice, CancellationToken ct)
    {
        _runningTotal += invoice.Total; // expect: LG1001
        return Task.CompletedTask;
    }
}
