using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class StatusApi
{
    private readonly HttpClient _http;

    public StatusApi()
    {
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
    }

    [HttpGet("/status")]
    public Task<string> Get(CancellationToken ct) => _http.GetStringAsync("https://status.example.com", ct);
}
