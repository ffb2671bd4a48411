using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Fx
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [HttpGet("/fx/{pair}")]
    public static Task<string> Get(string pair, CancellationToken ct) => Http.GetStringAsync("https://fx.example.com/" + pair, ct);
}
