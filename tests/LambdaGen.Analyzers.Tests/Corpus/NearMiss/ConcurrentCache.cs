using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using System.Collections.Concurrent;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Product(string Sku, string Name);

public static class Catalog
{
    private static readonly ConcurrentDictionary<string, Product> Cache = new(StringComparer.Ordinal);

    [HttpGet("/products/{sku}")]
    public static Product Get(string sku)
    {
        var product = new Product(sku, "name");
        Cache.TryAdd(sku, product);
        Cache[sku] = product;
        return product;
    }
}
