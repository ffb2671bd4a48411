namespace LambdaGen.Benchmarks.Routing;

/// <summary>`-- quick`: a few seconds of plain loops, to sanity-check the cases without a BenchmarkDotNet run.</summary>
public static class Quick
{
    public static void Run()
    {
        foreach (var routes in new[] { 10, 200 })
        {
            foreach (var kind in new[] { "literal", "int", "int+guid", "catch-all" })
            {
                var b = new RouteMatchingBenchmarks { Routes = routes, Case = kind };
                b.Setup();
                var ours = Measure(() => b.LambdaGen());
                var theirs = Measure(() => b.AspNetCore());
                Console.WriteLine($"{routes,4} {kind,-10} LambdaGen {ours,8:F1} ns   ASP.NET Core {theirs,8:F1} ns");
                b.Cleanup();
            }
        }
    }

    private static double Measure(Func<object?> action)
    {
        for (var i = 0; i < 200_000; i++)
        {
            action();
        }

        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 200_000; i++)
            {
                action();
            }

            best = Math.Min(best, watch.Elapsed.TotalNanoseconds / 200_000);
        }

        return best;
    }
}
