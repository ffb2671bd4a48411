using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Quota
{
    private static ValueTask<int> RemainingAsync(string user) => new(10);

    [HttpGet("/quota/{user}")]
    public static int Get(string user) => RemainingAsync(user).Result; // expect: LG1011
}
