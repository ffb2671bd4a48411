using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Stock
{
    private static readonly HttpClient Http = new(); // expect: LG1008

    [HttpGet("/stock/{sku}")]
    public static Task<string> Get(string sku, CancellationToken ct) => Http.GetStringAsync("https://stock.example.com/" + sku, ct);
}
