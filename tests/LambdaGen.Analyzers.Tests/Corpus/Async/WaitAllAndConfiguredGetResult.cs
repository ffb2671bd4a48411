using System;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Warmers
{
    private static Task Warm(string name, CancellationToken ct) => Task.Delay(1, ct);
    private static Task<int> Size(CancellationToken ct) => Task.FromResult(3);

    [ScheduleTrigger("rate(5 minutes)")]
    public static int Run(CancellationToken ct)
    {
        Task.WaitAll(Warm("a", ct), Warm("b", ct)); // expect: LG1011
        return Size(ct).ConfigureAwait(false).GetAwaiter().GetResult(); // expect: LG1011
    }
}
