using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("reports", DefaultTimeout = 120)]

public static class ReportsApi
{
    [HttpGet("/reports/{id}")] // expect: LG1004
    public static string Get(string id) => id;

    [LambdaFunction]
    [ScheduleTrigger("rate(1 hour)")]
    public static Task Build(ILambdaContext context) => Task.CompletedTask;
}
