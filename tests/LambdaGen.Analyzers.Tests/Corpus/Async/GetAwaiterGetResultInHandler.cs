using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Tokens
{
    private static Task<string> LoadAsync(CancellationToken ct) => Task.FromResult("token");

    [HttpGet("/token")]
    public static async Task<string> Get(CancellationToken ct)
    {
        await Task.Yield();
        return LoadAsync(ct).GetAwaiter().GetResult(); // expect: LG1011
    }
}
