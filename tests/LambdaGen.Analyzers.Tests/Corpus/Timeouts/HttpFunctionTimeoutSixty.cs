using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public sealed record Upload(string Name, string Content);

public static class Uploads
{
    [LambdaFunction(Timeout = 60, MemorySize = 1024)] // expect: LG1004
    [HttpPost("/uploads")]
    public static Task<string> Create(Upload upload, CancellationToken ct) => Task.FromResult(upload.Name);
}
