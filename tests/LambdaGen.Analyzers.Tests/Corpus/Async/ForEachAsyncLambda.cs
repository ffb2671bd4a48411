using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Line(string Sku, int Quantity);

public static class Picking
{
    private static Task Reserve(Line line, CancellationToken ct) => Task.Delay(1, ct);

    [SqsTrigger("@Picking")]
    public static Task Handle(List<Line> lines, CancellationToken ct)
    {
        lines.ForEach(async line => await Reserve(line, ct)); // expect: LG1010
        return Task.CompletedTask;
    }
}
