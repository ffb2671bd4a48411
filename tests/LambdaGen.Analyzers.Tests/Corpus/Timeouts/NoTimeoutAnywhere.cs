using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public sealed record Thumbnail(string Key);

public static class Images
{
    [LambdaFunction(MemorySize = 1024)] // expect: LG1003
    [S3Trigger("@Images")]
    public static Task Resize(Thumbnail image, CancellationToken ct) => Task.CompletedTask;
}
