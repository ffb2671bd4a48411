using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.Collections.Concurrent;
using Amazon;
using Amazon.S3;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record CopyRequest(string Region, string Bucket, string Key);

public static class CrossRegion
{
    private static readonly ConcurrentDictionary<string, AmazonS3Client> Clients = new(StringComparer.Ordinal);

    [SqsTrigger("@CopyQueue")]
    public static async Task Copy(CopyRequest request, CancellationToken ct)
    {
        var s3 = Clients.GetOrAdd(request.Region, region => new AmazonS3Client(RegionEndpoint.GetBySystemName(region)));
        await s3.DeleteObjectAsync(request.Bucket, request.Key, ct);
    }
}
