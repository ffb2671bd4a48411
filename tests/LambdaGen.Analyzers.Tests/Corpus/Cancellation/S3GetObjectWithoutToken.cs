using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Downloads
{
    private static readonly IAmazonS3 S3 = new AmazonS3Client();

    [HttpGet("/downloads/{key}")]
    public static async Task<long> Get(string key, CancellationToken cancellationToken)
    {
        using var response = await S3.GetObjectAsync("downloads", key); // expect: LG1006
        return response.ContentLength;
    }
}
