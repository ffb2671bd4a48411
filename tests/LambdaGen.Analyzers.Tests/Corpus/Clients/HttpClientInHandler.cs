using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Weather
{
    [HttpGet("/weather/{city}")]
    public static async Task<string> Get(string city, CancellationToken ct)
    {
        using var http = new HttpClient(); // expect: LG1002
        return await http.GetStringAsync("https://api.example.com/weather/" + city, ct);
    }
}
