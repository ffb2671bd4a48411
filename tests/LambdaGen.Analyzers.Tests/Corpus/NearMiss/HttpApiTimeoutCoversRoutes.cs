using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("api", HttpApiTimeout = 20)]

public static class Health
{
    [HttpGet("/health")]
    public static string Get() => "ok";

    [HttpHead("/health")]
    public static void Head() { }
}
