using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Message(string Id, string Body);

public static class Dedup
{
    private static readonly HashSet<string> Seen = new(StringComparer.Ordinal);

    [SqsTrigger("@Inbox")]
    public static Task Receive(Message message, CancellationToken ct)
    {
        if (Seen.Count > 10_000)
            Seen.Clear(); // expect: LG1001
        Seen.Add(message.Id); // expect: LG1001
        return Task.CompletedTask;
    }
}
