using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Warmup
{
    private static bool _coldStart = true;

    [HttpGet("/warm")]
    public static string Get(ILambdaContext context)
    {
        var wasCold = _coldStart;
        _coldStart = false;
        return wasCold ? "cold" : "warm";
    }
}
