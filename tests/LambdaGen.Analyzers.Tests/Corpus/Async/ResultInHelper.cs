using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

internal static class Pricing
{
    private static Task<decimal> FetchAsync(string sku) => Task.FromResult(1m);

    public static decimal PriceOf(string sku) => FetchAsync(sku).Result; // expect: LG1011
}

public static class Cart
{
    [HttpGet("/cart/{sku}")]
    public static decimal Get(string sku) => Pricing.PriceOf(sku);
}
