using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("api", DefaultTimeout = 10, HttpApiTimeout = 1000)] // expect: LG1005

public static class Echo
{
    [HttpPost("/echo")]
    public static string Post(string text) => text;
}
