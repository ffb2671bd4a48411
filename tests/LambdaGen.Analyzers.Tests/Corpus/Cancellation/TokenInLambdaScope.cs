using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Fanout
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [HttpPost("/fanout")]
    public static async Task<int> Send(string[] urls, CancellationToken ct)
    {
        var responses = await Task.WhenAll(Array.ConvertAll(urls, async url =>
        {
            using var response = await Http.PostAsync(url, new StringContent("ping")); // expect: LG1006
            return (int)response.StatusCode;
        }));
        return responses.Length;
    }
}
