using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

internal static class Pinger
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    public static Task<string> Ping(string url) => Http.GetStringAsync(url);
}

public static class Uptime
{
    [ScheduleTrigger("rate(1 minute)")]
    public static Task Check(CancellationToken ct) => Pinger.Ping("https://example.com");
}
