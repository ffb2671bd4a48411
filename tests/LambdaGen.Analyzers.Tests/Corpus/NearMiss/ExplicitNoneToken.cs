using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Fire
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };

    [SnsTrigger("@Alerts")]
    public static async Task Forget(string message, CancellationToken ct)
    {
        // Deliberately not cancelled: the audit call must finish even when the invocation is about to end.
        using var response = await Http.PostAsync("https://audit.example.com", new StringContent(message), CancellationToken.None);
    }
}
