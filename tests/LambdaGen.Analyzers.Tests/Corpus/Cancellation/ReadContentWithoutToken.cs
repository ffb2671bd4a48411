using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Feeds
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(8) };

    [ScheduleTrigger("rate(10 minutes)")]
    public static async Task Poll(ILambdaContext context)
    {
        using var response = await Http.GetAsync("https://feeds.example.com/rss"); // expect: LG1007
        var body = await response.Content.ReadAsStringAsync(); // expect: LG1007
        context.Logger.LogInformation(body);
    }
}
