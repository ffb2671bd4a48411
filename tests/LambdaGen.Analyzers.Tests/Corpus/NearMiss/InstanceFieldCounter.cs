using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class CounterApi
{
    private int _calls;
    private readonly List<string> _seen = new();

    [HttpGet("/count/{id}")]
    public int Get(string id)
    {
        _calls++;
        _seen.Add(id);
        return _calls;
    }
}
