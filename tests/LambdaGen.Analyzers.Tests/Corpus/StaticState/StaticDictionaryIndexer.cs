using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Session(string Id, string UserId, DateTimeOffset Expires);

public static class Sessions
{
    private static readonly Dictionary<string, Session> Active = new(StringComparer.Ordinal);

    [HttpPost("/sessions")]
    public static Session Create(Session session)
    {
        Active[session.Id] = session; // expect: LG1001
        return session;
    }
}
