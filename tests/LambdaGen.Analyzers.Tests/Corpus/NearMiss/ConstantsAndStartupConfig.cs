using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public static class Settings
{
    public const string Table = "orders";
    public static readonly string Bucket = Environment.GetEnvironmentVariable("BUCKET") ?? "default-bucket";
    public static string Region { get; } = Environment.GetEnvironmentVariable("AWS_REGION") ?? "eu-west-1";
}

public static class Info
{
    [HttpGet("/info")]
    public static string Get() => Settings.Table + "/" + Settings.Bucket + "/" + Settings.Region;
}
