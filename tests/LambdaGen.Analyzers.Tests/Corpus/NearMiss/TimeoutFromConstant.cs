using System;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("app", DefaultTimeout = Limits.Seconds)]

public static class Limits
{
    public const int Seconds = 30;
}

public static class Sweeper
{
    [ScheduleTrigger("rate(1 hour)")]
    public static Task Sweep(CancellationToken ct) => Task.CompletedTask;
}
