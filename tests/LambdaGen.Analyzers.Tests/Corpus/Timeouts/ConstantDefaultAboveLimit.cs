using System;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("app", DefaultTimeout = Limits.Seconds)] // expect: LG1005

public static class Limits
{
    public const int Seconds = 15 * 60 + 1;
}

public static class Sweeper
{
    [LambdaFunction(Timeout = 60)]
    [ScheduleTrigger("rate(1 hour)")]
    public static Task Sweep(CancellationToken ct) => Task.CompletedTask;
}
