using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using LambdaGen.Events;
using Microsoft.Extensions.DependencyInjection;

[assembly: LambdaApplication("order-pipeline", DefaultMemorySize = 256, DefaultTimeout = 30)]

namespace OrderPipeline;

public sealed record Order(string OrderId, string Customer, decimal Total, OrderLine[] Lines);

public sealed record OrderLine(string Sku, int Quantity);

public interface IOrderBook
{
    void Record(Order order);
    int Count { get; }
}

/// <summary>Stands in for a database table; thread-safe because environments may run invocations concurrently.</summary>
public sealed class InMemoryOrderBook : IOrderBook
{
    private readonly ConcurrentDictionary<string, Order> _orders = new();

    public int Count => _orders.Count;

    public void Record(Order order) => _orders[order.OrderId] = order;
}

[LambdaStartup]
public static class Startup
{
    public static void ConfigureServices(IServiceCollection services) => services.AddSingleton<IOrderBook, InMemoryOrderBook>();
}

public sealed class OrderFunctions(IOrderBook book)
{
    /// <summary>
    /// One message at a time: a message that throws, or whose body is not a valid <see cref="Order"/>, is reported
    /// in batchItemFailures and retried alone; the rest of the batch is done.
    /// </summary>
    [LambdaFunction(Name = "process-orders", Timeout = 60)]
    [SqsTrigger("@OrdersQueue", BatchSize = 10, MaximumBatchingWindowInSeconds = 5)]
    public Task Process(SqsMessage<Order> message, ILambdaContext context, CancellationToken cancellationToken)
    {
        var order = message.Body;
        if (order.Total < 0)
        {
            throw new InvalidOperationException($"order {order.OrderId} has a negative total");
        }

        book.Record(order);
        context.Logger.LogInformation($"recorded order {order.OrderId} ({order.Lines.Length} lines)");
        return Task.CompletedTask;
    }
}

public static class Maintenance
{
    /// <summary>S3 object-created notifications for uploaded invoices; object keys arrive URL-decoded.</summary>
    [LambdaFunction(Name = "invoice-uploaded")]
    [S3Trigger("@InvoiceBucket", Prefix = "invoices/", Suffix = ".pdf")]
    public static void InvoiceUploaded(S3EventRecord record, ILambdaContext context)
        => context.Logger.LogInformation($"invoice {record.S3.Object.DecodedKey} ({record.S3.Object.Size} bytes) in {record.S3.Bucket.Name}");

    /// <summary>Every night at 03:00 UTC.</summary>
    [LambdaFunction(Name = "nightly-report", Timeout = 300)]
    [ScheduleTrigger("cron(0 3 * * ? *)")]
    public static Task NightlyReport(ILambdaContext context, CancellationToken cancellationToken)
    {
        context.Logger.LogInformation("nightly report");
        return Task.CompletedTask;
    }
}
