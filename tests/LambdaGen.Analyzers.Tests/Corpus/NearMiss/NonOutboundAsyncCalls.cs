using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.IO;
using System.Text.Json;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Config(string Name);

public static class Local
{
    [HttpGet("/local")]
    public static async Task<string> Get()
    {
        await Task.Delay(10);
        await Task.Yield();
        using var stream = new MemoryStream();
        await JsonSerializer.SerializeAsync(stream, new Config("x"));
        return "ok";
    }
}
