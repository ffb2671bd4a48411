using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Builders
{
    [HttpPost("/build")]
    public static string Build(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.com");
        request.Content = new StringContent(name);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var put = new PutObjectRequest { BucketName = "b", Key = name };
        return put.Key;
    }
}
