using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class Heartbeat
{
    public event EventHandler? Beat;

    public Heartbeat() => Beat += OnBeat;

    private async void OnBeat(object? sender, EventArgs e) => await Task.Delay(1);
}

public static class Beats
{
    [HttpGet("/beats")]
    public static async Task<int> Get(CancellationToken ct)
    {
        await Task.Delay(1, ct);
        return 1;
    }
}
