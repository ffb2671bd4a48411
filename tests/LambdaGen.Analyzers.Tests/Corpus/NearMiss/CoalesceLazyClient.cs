using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Thumbnails
{
    private static AmazonS3Client? _s3;

    [S3Trigger("@ImagesBucket", Prefix = "uploads/")]
    public static async Task Resize(string key, CancellationToken ct)
    {
        _s3 ??= new AmazonS3Client();
        var meta = await _s3.GetObjectMetadataAsync("images", key, ct);
        Console.WriteLine(meta.ContentLength);
    }
}
