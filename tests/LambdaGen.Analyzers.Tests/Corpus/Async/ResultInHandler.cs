using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Rss
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [HttpGet("/rss")]
    public static string Get(CancellationToken ct)
    {
        var body = Http.GetStringAsync("https://rss.example.com", ct).Result; // expect: LG1011
        return body;
    }
}
