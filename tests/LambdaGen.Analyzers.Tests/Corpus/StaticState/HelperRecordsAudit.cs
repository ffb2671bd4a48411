using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Payment(string Id, string CustomerId, decimal Amount);

internal static class Audit
{
    private static readonly List<string> Entries = new();

    public static void Record(Payment payment) => Entries.Add(payment.CustomerId + ":" + payment.Amount); // expect: LG1001
}

public static class Payments
{
    [SnsTrigger("@PaymentsTopic")]
    public static Task OnPayment(Payment payment, CancellationToken ct)
    {
        Audit.Record(payment);
        return Task.CompletedTask;
    }
}
