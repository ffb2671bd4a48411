using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Avatars
{
    private static readonly HttpClient Http;

    static Avatars()
    {
        Http = new HttpClient();
        Http.Timeout = TimeSpan.FromMinutes(2); // expect: LG1008
    }

    [HttpGet("/avatars/{id}")]
    public static Task<byte[]> Get(string id, CancellationToken ct) => Http.GetByteArrayAsync("https://cdn.example.com/" + id, ct);
}
