using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

namespace LambdaGen
{
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class LambdaCacheAttribute : Attribute { }
}

public sealed record Template(string Name, string Body);

public static class Templates
{
    [LambdaCache]
    private static readonly Dictionary<string, Template> Loaded = new(StringComparer.Ordinal);

    [HttpGet("/templates/{name}")]
    public static Template Get(string name)
    {
        if (!Loaded.TryGetValue(name, out var template))
        {
            template = new Template(name, "body");
            Loaded[name] = template;
        }

        return template;
    }
}
