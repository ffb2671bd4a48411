using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.IO;
using Amazon.S3;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Mirror
{
    private static readonly AmazonS3Client S3 = new();

    [S3Trigger("@Source")]
    public static async Task Copy(string key, CancellationToken ct)
    {
        using var response = await S3.GetObjectAsync("source", key, ct);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer); // expect: LG1006
    }
}
