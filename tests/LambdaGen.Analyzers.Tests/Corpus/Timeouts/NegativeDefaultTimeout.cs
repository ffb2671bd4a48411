using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("app", DefaultTimeout = -5)] // expect: LG1005

public static class Worker
{
    [LambdaFunction(Timeout = 20)]
    [SqsTrigger("@Work")]
    public static Task Run(string body, CancellationToken ct) => Task.CompletedTask;
}
