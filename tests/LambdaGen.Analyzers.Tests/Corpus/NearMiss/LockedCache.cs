using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Rate(string Currency, decimal Value);

public static class Rates
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Rate> Cache = new(StringComparer.Ordinal);

    [HttpGet("/rates/{currency}")]
    public static Rate Get(string currency)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(currency, out var rate))
            {
                rate = new Rate(currency, 1.0m);
                Cache[currency] = rate;
            }

            return rate;
        }
    }
}
