using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The types of the AOT smoke application: one of each shape the generated metadata supports.
namespace Smoke;

public enum Priority { Low, High }

public sealed record Todo(int Id, string Title, Priority Priority = Priority.Low)
{
    public DateTimeOffset? Due { get; init; }
    public List<string> Tags { get; init; } = new();
}

public sealed class Page
{
    public required List<Todo> Items { get; init; }
    public int Total { get; set; }
    [JsonPropertyName("next_token")] public string? NextToken { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Dictionary<string, int>? Counts { get; set; }
    public IReadOnlyList<Guid>? Ids { get; set; }
    public HashSet<Priority>? Priorities { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
    public Shape? Shape { get; set; }
    public Point Origin { get; set; }
    public Point? Corner { get; set; }
    public decimal Amount { get; set; }
    public DateOnly Day { get; set; }
    public TimeSpan Elapsed { get; set; }
    public Uri? Link { get; set; }
    public byte[]? Blob { get; set; }
    public System.Text.Json.Nodes.JsonNode? Node { get; set; }
    [JsonConverter(typeof(UpperConverter))] public string? Code { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Rect), "rect")]
public abstract class Shape
{
    public string? Name { get; set; }
}

public sealed class Circle : Shape
{
    public double Radius { get; set; }
}

public sealed class Rect : Shape
{
    public double Width { get; set; }
    public double Height { get; set; }
}

public struct Point
{
    public int X { get; set; }
    public int Y { get; set; }
}

public sealed class UpperConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToUpperInvariant());
}
