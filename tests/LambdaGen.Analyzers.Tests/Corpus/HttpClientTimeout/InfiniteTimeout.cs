using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class WebhookApi
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan }; // expect: LG1008

    [HttpPost("/webhooks")]
    public async Task<int> Forward(string payload, CancellationToken ct)
    {
        using var response = await _http.PostAsync("https://hooks.example.com", new StringContent(payload), ct);
        return (int)response.StatusCode;
    }
}
