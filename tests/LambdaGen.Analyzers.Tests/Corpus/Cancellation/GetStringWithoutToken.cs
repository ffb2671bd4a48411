using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Quotes
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [HttpGet("/quotes/{symbol}")]
    public static async Task<string> Get(string symbol, CancellationToken ct)
    {
        return await Http.GetStringAsync("https://quotes.example.com/" + symbol); // expect: LG1006
    }
}
