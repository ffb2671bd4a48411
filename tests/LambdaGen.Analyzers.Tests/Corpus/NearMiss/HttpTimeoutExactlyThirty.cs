using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("api", DefaultTimeout = 120, HttpApiTimeout = 25)]

public static class Orders
{
    [LambdaFunction(Timeout = 30)]
    [HttpPost("/orders")]
    public static string Create(string sku) => sku;

    [HttpGet("/orders/{id}")]
    public static string Get(string id) => id;
}
