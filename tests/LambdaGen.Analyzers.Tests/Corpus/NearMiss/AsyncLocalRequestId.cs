using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Correlation
{
    private static readonly AsyncLocal<string?> CurrentRequest = new();

    [HttpGet("/whoami")]
    public static string Get(ILambdaContext context)
    {
        CurrentRequest.Value = context.AwsRequestId;
        return CurrentRequest.Value ?? "";
    }
}
