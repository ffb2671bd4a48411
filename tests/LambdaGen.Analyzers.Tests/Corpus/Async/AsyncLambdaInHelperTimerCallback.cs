using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

internal static class Notifier
{
    public static void Schedule(string user, CancellationToken ct)
    {
        ThreadPool.QueueUserWorkItem(async _ => await Task.Delay(100, ct)); // expect: LG1010
    }
}

public static class Reminders
{
    [HttpPost("/reminders/{user}")]
    public static string Create(string user, CancellationToken ct)
    {
        Notifier.Schedule(user, ct);
        return user;
    }
}
