using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
using Amazon.S3.Model;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Reports
{
    private static readonly Lazy<AmazonS3Client> S3 = new(() => new AmazonS3Client());

    [S3Trigger("@ReportsBucket")]
    public static async Task OnUpload(string key, CancellationToken ct)
    {
        var response = await S3.Value.GetObjectMetadataAsync("reports", key, ct);
        Console.WriteLine(response.ContentLength);
    }
}
