using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Links
{
    [HttpGet("/links/check")]
    public static async Task<bool> Check(string url, CancellationToken ct)
    {
        return await Probe(url);

        async Task<bool> Probe(string target)
        {
            var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) }; // expect: LG1002
            using var response = await http.GetAsync(target, ct);
            return response.IsSuccessStatusCode;
        }
    }
}
