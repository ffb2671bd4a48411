using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class AuditApi
{
    [HttpPost("/audit")]
    public async void Write(string entry, CancellationToken ct) // expect: LG1009
    {
        await Task.Delay(1, ct);
    }
}
