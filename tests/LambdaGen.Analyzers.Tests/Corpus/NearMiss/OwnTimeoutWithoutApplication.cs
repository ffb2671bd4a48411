using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public static class Cleanup
{
    [LambdaFunction(Timeout = 300)]
    [ScheduleTrigger("rate(1 day)")]
    public static Task Run(ILambdaContext context) => Task.CompletedTask;
}
