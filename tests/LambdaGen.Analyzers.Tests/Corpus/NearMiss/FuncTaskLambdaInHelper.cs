using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

internal static class Retry
{
    public static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try { return await action(); }
        catch (HttpRequestException) { return await action(); }
    }
}

public static class Flaky
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    [HttpGet("/flaky")]
    public static Task<string> Get(CancellationToken ct) => Retry.Run(async () => await Http.GetStringAsync("https://flaky.example.com", ct));
}
