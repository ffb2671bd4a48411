using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Secrets
{
    private static readonly string ApiKey = LoadAsync().GetAwaiter().GetResult();

    private static Task<string> LoadAsync() => Task.FromResult("key");

    [HttpGet("/secret-length")]
    public static int Get() => ApiKey.Length;
}
