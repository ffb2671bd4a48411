using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Metrics
{
    private static int _invocations;

    [ScheduleTrigger("rate(5 minutes)")]
    public static Task Tick(ILambdaContext context)
    {
        _invocations++; // expect: LG1001
        context.Logger.LogInformation("tick");
        return Task.CompletedTask;
    }
}
