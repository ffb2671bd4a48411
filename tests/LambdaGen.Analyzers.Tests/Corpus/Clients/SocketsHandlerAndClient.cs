using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Proxy
{
    [HttpGet("/proxy")]
    public static async Task<string> Get(CancellationToken ct)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }; // expect: LG1002
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) }; // expect: LG1002
        return await http.GetStringAsync("https://upstream.example.com", ct);
    }
}
