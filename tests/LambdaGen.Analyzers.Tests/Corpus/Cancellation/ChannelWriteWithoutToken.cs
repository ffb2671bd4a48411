using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.Threading.Channels;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Click(string Url);

public sealed class ClicksApi(ChannelWriter<Click> outbox)
{
    [HttpPost("/clicks")]
    public async Task Track(Click click, CancellationToken ct)
    {
        await outbox.WriteAsync(click); // expect: LG1006
    }
}
