using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("jobs", DefaultTimeout = 15)]

public static class Nightly
{
    [LambdaFunction(MemorySize = 2048)]
    [ScheduleTrigger("cron(0 2 * * ? *)")]
    public static Task Compact(ILambdaContext context) => Task.CompletedTask;
}
