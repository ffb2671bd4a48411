using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Upstream
{
    private static readonly int Seconds = int.Parse(Environment.GetEnvironmentVariable("UPSTREAM_TIMEOUT") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(Seconds) };

    [HttpGet("/upstream")]
    public static Task<string> Get(CancellationToken ct) => Http.GetStringAsync("https://upstream.example.com", ct);
}
