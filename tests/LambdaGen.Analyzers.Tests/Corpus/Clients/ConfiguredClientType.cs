// editorconfig: lambdagen.client_types = Acme.Payments.PaymentsClient; Acme.Mail.Mailer
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

namespace Acme.Payments
{
    public sealed class PaymentsClient(string apiKey) : IDisposable
    {
        public string ApiKey { get; } = apiKey;
        public Task<bool> ChargeAsync(decimal amount) => Task.FromResult(amount > 0);
        public void Dispose() { }
    }
}

public sealed record Charge(decimal Amount);

public static class Checkout
{
    [HttpPost("/checkout")]
    public static async Task<bool> Pay(Charge charge)
    {
        using var payments = new Acme.Payments.PaymentsClient("key"); // expect: LG1002
        return await payments.ChargeAsync(charge.Amount);
    }
}
