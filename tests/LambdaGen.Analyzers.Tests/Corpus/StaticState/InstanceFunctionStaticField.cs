using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record RequestInfo(string Path, string Caller);

public sealed class TraceApi
{
    private static RequestInfo? _current;

    [HttpGet("/trace/{path}")]
    public string Get(string path, ILambdaContext context)
    {
        var info = new RequestInfo(path, context.AwsRequestId);
        _current = info; // expect: LG1001
        return info.Caller;
    }
}
