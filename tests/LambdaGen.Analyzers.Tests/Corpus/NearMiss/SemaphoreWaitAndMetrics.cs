using System;
using System.Diagnostics.Metrics;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Throttled
{
    private static readonly SemaphoreSlim Gate = new(4);
    private static readonly Meter Meter = new("shop");
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("requests");

    [HttpGet("/throttled")]
    public static string Get()
    {
        Gate.Wait();
        try
        {
            Requests.Add(1);
            return "ok";
        }
        finally
        {
            Gate.Release();
        }
    }
}
