using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Item(string Sku, int Quantity);

internal static class LastSeen
{
    private static Item? _last;

    public static void Remember(Item item) => _last = item; // expect: LG1001
}

internal sealed class InventoryService
{
    public void Process(Item item)
    {
        if (item.Quantity > 0)
            LastSeen.Remember(item);
    }
}

public static class Inventory
{
    [KinesisTrigger("@InventoryStream")]
    public static Task Apply(Item item, CancellationToken ct)
    {
        new InventoryService().Process(item);
        return Task.CompletedTask;
    }
}
