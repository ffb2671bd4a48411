using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public static class Migration
{
    [LambdaFunction(Timeout = 1200)] // expect: LG1005
    [ScheduleTrigger("rate(7 days)")]
    public static Task Run(CancellationToken ct) => Task.CompletedTask;
}
