using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public sealed record Job(string Id);

public static class Jobs
{
    [SqsTrigger("@JobsQueue", BatchSize = 5)] // expect: LG1003
    public static Task Run(Job job, CancellationToken ct) => Task.CompletedTask;
}
