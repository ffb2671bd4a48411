using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Batch(string[] Ids);

public static class Imports
{
    private static readonly List<string> Imported = new();

    [SqsTrigger("@Imports")]
    public static Task Run(Batch batch, CancellationToken ct)
    {
        Remember(batch.Ids);
        return Task.CompletedTask;

        static void Remember(string[] ids) => Imported.AddRange(ids); // expect: LG1001
    }
}
