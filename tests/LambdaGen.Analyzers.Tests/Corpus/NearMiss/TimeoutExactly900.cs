using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public static class Backfill
{
    [LambdaFunction(Timeout = 900)]
    [SqsTrigger("@Backfill", BatchSize = 1)]
    public static Task Run(string body, CancellationToken ct) => Task.CompletedTask;
}
