using System;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Firsts
{
    private static Task<int> Count(string table, CancellationToken ct) => Task.FromResult(table.Length);

    [HttpGet("/first")]
    public static async Task<int> Get(CancellationToken ct)
    {
        var tasks = new[] { Count("orders", ct), Count("users", ct) };
        await Task.Delay(1, ct);
        return tasks[0].Result; // expect: LG1011
    }
}
