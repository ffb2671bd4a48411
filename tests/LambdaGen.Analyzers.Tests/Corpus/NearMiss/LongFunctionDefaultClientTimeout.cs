using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public static class Crawl
{
    private static readonly HttpClient Http = new();

    [LambdaFunction(Timeout = 300)]
    [SqsTrigger("@CrawlQueue")]
    public static Task<string> Run(string url, CancellationToken ct) => Http.GetStringAsync(url, ct);
}
