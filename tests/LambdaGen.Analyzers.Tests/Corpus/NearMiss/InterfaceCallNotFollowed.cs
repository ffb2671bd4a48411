using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public interface IOrderLog { void Write(string id); }

public sealed class MemoryOrderLog : IOrderLog
{
    private static readonly List<string> Lines = new();
    public void Write(string id) { lock (Lines) { Lines.Add(id); } }
}

public sealed class OrdersApi(IOrderLog log)
{
    [HttpPost("/orders/{id}")]
    public string Create(string id)
    {
        log.Write(id);
        return id;
    }
}
