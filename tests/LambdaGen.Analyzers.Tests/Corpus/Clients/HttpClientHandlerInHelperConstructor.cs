using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

internal sealed class GeoClient
{
    private readonly HttpClient _http;

    public GeoClient()
    {
        _http = new HttpClient(new HttpClientHandler()) { Timeout = TimeSpan.FromSeconds(2) }; // expect: LG1002
    }

    public Task<string> Lookup(string ip, CancellationToken ct) => _http.GetStringAsync("https://geo.example.com/" + ip, ct);
}

public static class Geo
{
    [HttpGet("/geo/{ip}")]
    public static Task<string> Get(string ip, CancellationToken ct) => new GeoClient().Lookup(ip, ct);
}
