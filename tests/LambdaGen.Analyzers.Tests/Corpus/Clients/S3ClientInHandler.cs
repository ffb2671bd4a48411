using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Exports
{
    [LambdaFunction(Timeout = 60)]
    [ScheduleTrigger("rate(1 day)")]
    public static async Task Run(CancellationToken ct)
    {
        var s3 = new AmazonS3Client(); // expect: LG1002
        await s3.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = "exports", Key = "daily.csv", ContentBody = "" }, ct);
    }
}
