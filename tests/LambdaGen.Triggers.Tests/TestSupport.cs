using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LambdaGen.Hosting;
using LambdaGen.Runtime;

namespace LambdaGen.Triggers.Tests;

public sealed record Order(string Id, int Quantity);

public sealed record Address(string City, int Zip);

public sealed class Item
{
    public long Id { get; set; }
    public string? Message { get; set; }
    public decimal Price { get; set; }
    public bool Active { get; set; }
    public string? Deleted { get; set; }
    public string[]? Tags { get; set; }
    public double[]? Scores { get; set; }
    public byte[]? Blob { get; set; }
    public byte[][]? Blobs { get; set; }
    public Address? Address { get; set; }
    public List<JsonElement>? History { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(string))]
internal sealed partial class OrderJson : JsonSerializerContext;

[JsonSerializable(typeof(Item))]
internal sealed partial class ItemJson : JsonSerializerContext;

/// <summary>Builds invocations the way the host does, without a Runtime API.</summary>
internal static class TestInvocation
{
    private static readonly LambdaEnvironment s_environment = new("127.0.0.1:9001", "Orders", "orders", "$LATEST", 512, "/aws/lambda/orders", "stream");

    public static LambdaInvocation Create(string json, TimeSpan? remaining = null)
    {
        var host = LambdaHost.CreateDetached(s_environment, TimeSpan.FromMilliseconds(500));
        var deadline = DateTimeOffset.UtcNow.Add(remaining ?? TimeSpan.FromMinutes(5)).ToUnixTimeMilliseconds();
        var context = new LambdaContext(s_environment, "req-1", deadline, "arn:aws:lambda:us-east-2:123456789012:function:orders", null, null, null);
        return new LambdaInvocation(host, context, Encoding.UTF8.GetBytes(json), new ArrayBufferWriter<byte>());
    }

    public static LambdaInvocation FromFile(string name, TimeSpan? remaining = null) => Create(Load(name), remaining);

    public static string Load(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", name));

    public static string Response(this LambdaInvocation invocation) => Encoding.UTF8.GetString(invocation.Output.WrittenSpan);

    /// <summary>The item identifiers of the batch response, in order.</summary>
    public static string[] FailedIds(this LambdaInvocation invocation)
    {
        using var document = JsonDocument.Parse(invocation.Response());
        return document.RootElement.GetProperty("batchItemFailures").EnumerateArray()
            .Select(static f => f.GetProperty("itemIdentifier").GetString()!)
            .ToArray();
    }
}
