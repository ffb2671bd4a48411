using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.Linq;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Bulk
{
    [SqsTrigger("@Bulk")]
    public static async Task Handle(string[] ids, CancellationToken ct)
    {
        await Task.WhenAll(ids.Select(async id => await Task.Delay(1, ct)));
        await Parallel.ForEachAsync(ids, ct, async (id, token) => await Task.Delay(1, token));
        Func<Task> later = async () => await Task.Delay(1, ct);
        await later();
    }
}
