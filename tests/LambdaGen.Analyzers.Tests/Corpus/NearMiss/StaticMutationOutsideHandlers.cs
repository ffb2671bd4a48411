using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Registry
{
    private static readonly List<string> Names = new();

    public static void Register(string name) => Names.Add(name);

    public static void Bootstrap()
    {
        Register("a");
        Register("b");
    }
}

public static class Lookup
{
    [HttpGet("/names/{id}")]
    public static string Get(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
