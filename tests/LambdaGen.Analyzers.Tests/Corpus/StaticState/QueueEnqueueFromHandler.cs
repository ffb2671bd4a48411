using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Event(string Type, string Payload);

public static class Events
{
    private static readonly Queue<Event> Pending = new();

    [EventRuleTrigger("{\"source\":[\"shop\"]}")]
    public static Task On(Event evt, CancellationToken ct)
    {
        Pending.Enqueue(evt); // expect: LG1001
        return Task.CompletedTask;
    }
}
