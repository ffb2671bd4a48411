using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Uploads
{
    [S3Trigger("@Incoming")]
    public static async Task Handle(string key, CancellationToken ct)
    {
        var config = new AmazonS3Config { ForcePathStyle = true };
        var s3 = new AmazonS3Client(config); // expect: LG1002
        await s3.DeleteObjectAsync("incoming", key, ct);
    }
}
