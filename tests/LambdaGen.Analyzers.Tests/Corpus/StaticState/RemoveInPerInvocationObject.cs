using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Cancel(string ReservationId);

internal static class Reservations
{
    public static readonly Dictionary<string, DateTime> Held = new(StringComparer.Ordinal);
}

internal sealed class Releaser
{
    public void Release(Cancel cancel) => Reservations.Held.Remove(cancel.ReservationId); // expect: LG1001
}

public static class Booking
{
    [HttpDelete("/reservations/{id}")]
    public static string Delete(string id)
    {
        new Releaser().Release(new Cancel(id));
        return id;
    }
}
