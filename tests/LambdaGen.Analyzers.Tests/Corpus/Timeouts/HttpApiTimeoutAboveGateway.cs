using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("api", HttpApiTimeout = 45)] // expect: LG1004

public static class Search
{
    [HttpGet("/search")]
    public static string Find(string q) => q;
}
