using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.Net.Http.Json;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Rate(string Currency, decimal Value);

public static class FxRates
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(4) };

    [HttpGet("/fx/{currency}")]
    public static async Task<Rate?> Get(string currency, CancellationToken ct)
    {
        var rate = await Http.GetFromJsonAsync<Rate>("https://fx.example.com/" + currency); // expect: LG1006
        using var response = await Http.GetAsync("https://fx.example.com/meta", ct);
        var meta = await response.Content.ReadFromJsonAsync<Rate>(); // expect: LG1006
        return rate ?? meta;
    }
}
