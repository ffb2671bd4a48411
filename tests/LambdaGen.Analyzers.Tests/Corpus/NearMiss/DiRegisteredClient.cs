using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

[LambdaStartup]
public sealed class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IAmazonS3>(new AmazonS3Client());
        services.AddSingleton(new HttpClient { Timeout = TimeSpan.FromSeconds(5) });
    }
}

public sealed class FilesApi(IAmazonS3 s3)
{
    [HttpDelete("/files/{key}")]
    public async Task Delete(string key, CancellationToken ct)
    {
        await s3.DeleteObjectAsync("files", key, ct);
    }
}
