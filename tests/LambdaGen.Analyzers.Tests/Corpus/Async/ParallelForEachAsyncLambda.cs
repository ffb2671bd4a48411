using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Resizer
{
    [S3Trigger("@Photos")]
    public static Task Handle(string[] keys, CancellationToken ct)
    {
        Parallel.ForEach(keys, async key => // expect: LG1010
        {
            await Task.Delay(1, ct);
            Console.WriteLine(key);
        });
        return Task.CompletedTask;
    }
}
