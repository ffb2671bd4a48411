using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
using Amazon.S3.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Archive
{
    private static readonly AmazonS3Client S3 = new();

    [SqsTrigger("@ArchiveQueue")]
    public static async Task Store(string key, CancellationToken ct)
    {
        await S3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = "hot", SourceKey = key, DestinationBucket = "cold", DestinationKey = key }, ct);
    }
}
