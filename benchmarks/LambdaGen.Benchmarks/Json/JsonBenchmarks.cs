using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using LambdaGen.Generated;
using Smoke;

namespace LambdaGen.Benchmarks.Json;

/// <summary>
/// A typical API payload (a page of 50 todos with tags, dates, a polymorphic member and extension data) written
/// and read with LambdaGen's generated metadata and with System.Text.Json's source-generated context
/// (default mode, which adds fast-path serializers, and metadata-only mode, the same engine path as LambdaGen).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private Page _page = null!;
    private byte[] _json = null!;
    private readonly MemoryStream _stream = new();
    private JsonTypeInfo<Page> _lambdaGen = null!;
    private JsonTypeInfo<Page> _stjDefault = null!;
    private JsonTypeInfo<Page> _stjMetadata = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = new Page
        {
            Items = Enumerable.Range(1, 50).Select(static i => new Todo(i, "Todo number " + i + " with \"quotes\"", i % 2 == 0 ? Priority.High : Priority.Low)
            {
                Due = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero).AddDays(i),
                Tags = new List<string> { "work", "tag-" + i },
            }).ToList(),
            Total = 50,
            NextToken = "eyJwYWdlIjoyfQ==",
            Counts = new Dictionary<string, int> { ["open"] = 25, ["done"] = 25 },
            Ids = Enumerable.Range(0, 5).Select(static i => new Guid(i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).ToList(),
            Shape = new Rect { Width = 2, Height = 3, Name = "r" },
            Amount = 1234.56m,
            Day = new DateOnly(2026, 11, 23),
            Link = new Uri("https://example.com/todos?page=2"),
        };
        _lambdaGen = LambdaGenJson.Get<Page>();
        _stjDefault = StjDefaultContext.Default.Page;
        _stjMetadata = StjMetadataContext.Default.Page;
        _json = JsonSerializer.SerializeToUtf8Bytes(_page, _lambdaGen);
        if (!_json.AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(_page, _stjDefault)))
        {
            throw new InvalidOperationException("LambdaGen and STJ disagree on the payload.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public long Serialize_Stj_SourceGen() => Write(_stjDefault);

    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public long Serialize_Stj_MetadataOnly() => Write(_stjMetadata);

    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public long Serialize_LambdaGen() => Write(_lambdaGen);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public int Deserialize_Stj_SourceGen() => JsonSerializer.Deserialize(_json, _stjDefault)!.Items.Count;

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public int Deserialize_Stj_MetadataOnly() => JsonSerializer.Deserialize(_json, _stjMetadata)!.Items.Count;

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public int Deserialize_LambdaGen() => JsonSerializer.Deserialize(_json, _lambdaGen)!.Items.Count;

    // A plain list of records: no polymorphism, converters or extension data, so System.Text.Json's default mode
    // can use its fast-path serializer, which LambdaGen does not generate.
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("SerializeList")]
    public long SerializeList_Stj_SourceGen() => WriteList(StjDefaultContext.Default.ListTodo);

    [Benchmark]
    [BenchmarkCategory("SerializeList")]
    public long SerializeList_Stj_MetadataOnly() => WriteList(StjMetadataContext.Default.ListTodo);

    [Benchmark]
    [BenchmarkCategory("SerializeList")]
    public long SerializeList_LambdaGen() => WriteList(LambdaGenJson.Get<List<Todo>>());

    private long Write(JsonTypeInfo<Page> info)
    {
        _stream.Position = 0;
        JsonSerializer.Serialize(_stream, _page, info);
        return _stream.Position;
    }

    private long WriteList(JsonTypeInfo<List<Todo>> info)
    {
        _stream.Position = 0;
        JsonSerializer.Serialize(_stream, _page.Items, info);
        return _stream.Position;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Page))]
internal sealed partial class StjDefaultContext : JsonSerializerContext
{
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Page))]
internal sealed partial class StjMetadataContext : JsonSerializerContext
{
}
