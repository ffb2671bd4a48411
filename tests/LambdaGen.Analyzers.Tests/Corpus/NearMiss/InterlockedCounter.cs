using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Ping(string From);

public static class Health
{
    private static long _pings;

    [HttpPost("/ping")]
    public static long Ping(Ping ping)
    {
        return Interlocked.Increment(ref _pings);
    }
}
