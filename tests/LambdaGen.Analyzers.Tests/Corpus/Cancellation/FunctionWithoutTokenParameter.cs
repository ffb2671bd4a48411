using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Prices
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [HttpGet("/prices/{sku}")]
    public static async Task<string> Get(string sku)
    {
        return await Http.GetStringAsync("https://prices.example.com/" + sku); // expect: LG1007
    }
}
