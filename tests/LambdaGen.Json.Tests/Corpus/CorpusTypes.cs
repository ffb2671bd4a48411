using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

// The parity corpus: every type here is serialized by System.Text.Json's own source generator (CorpusContext)
// and by LambdaGen's generated metadata, and the bytes must match. Public so that the generated code, compiled
// into another assembly, can reach them.
namespace LambdaGen.Json.Tests.Corpus;

public enum Color { Red, Green, Blue }

[Flags]
public enum Permissions { None = 0, Read = 1, Write = 2, Delete = 4 }

public enum Small : byte { A = 1, B = 200 }

public sealed class AllPrimitives
{
    public bool Bool { get; set; }
    public byte Byte { get; set; }
    public sbyte SByte { get; set; }
    public short Short { get; set; }
    public ushort UShort { get; set; }
    public int Int { get; set; }
    public uint UInt { get; set; }
    public long Long { get; set; }
    public ulong ULong { get; set; }
    public float Float { get; set; }
    public double Double { get; set; }
    public decimal Decimal { get; set; }
    public char Char { get; set; }
    public string? String { get; set; }
    public DateTime DateTime { get; set; }
    public DateTimeOffset DateTimeOffset { get; set; }
    public DateOnly DateOnly { get; set; }
    public TimeOnly TimeOnly { get; set; }
    public TimeSpan TimeSpan { get; set; }
    public Guid Guid { get; set; }
    public Uri? Uri { get; set; }
    public byte[]? Bytes { get; set; } = { 7 }; // STJ's fast path writes a null byte[] as "" (see docs/json.md)
    public Half Half { get; set; }
    public Int128 Int128 { get; set; }
    public Version? Version { get; set; }
}

public sealed class NullablePrimitives
{
    public int? Int { get; set; }
    public double? Double { get; set; }
    public bool? Bool { get; set; }
    public decimal? Decimal { get; set; }
    public DateTime? DateTime { get; set; }
    public Guid? Guid { get; set; }
    public TimeSpan? TimeSpan { get; set; }
    public DateOnly? DateOnly { get; set; }
}

public sealed class EnumHolder
{
    public Color Color { get; set; }
    public Color? MaybeColor { get; set; }
    public Permissions Permissions { get; set; }
    public Small Small { get; set; }
    public List<Color> Colors { get; set; } = new();
    public Dictionary<Color, int> ByColor { get; set; } = new();
}

public sealed record Person(string Name, int Age);

public sealed record PersonWithInit
{
    public string Name { get; init; } = "";
    public int Age { get; init; }
    public string? Email { get; init; }
}

public sealed class RequiredMembers
{
    public required string Name { get; set; }
    public required int Count { get; init; }
    public string? Optional { get; set; }
}

public sealed class JsonRequiredHolder
{
    [JsonRequired] public int Id { get; set; }
    [JsonRequired] public string Code { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class IgnoreConditions
{
    [JsonIgnore] public string Always { get; set; } = "always";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? WhenNull { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int WhenDefault { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Never { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWriting)] public string? WriteSkipped { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenReading)] public string? ReadSkipped { get; set; }
    public string? Plain { get; set; }
}

public sealed class Renamed
{
    [JsonPropertyName("user_id")] public int UserId { get; set; }
    [JsonPropertyName("naïve \"quoted\" <tag>")] public string? Odd { get; set; }
    [JsonPropertyName("Émoji😀")] public string? Emoji { get; set; }
    public string? FirstName { get; set; }
    public string? URLValue { get; set; }
}

public sealed class Ordered
{
    [JsonPropertyOrder(3)] public int Third { get; set; }
    [JsonPropertyOrder(-1)] public int First { get; set; }
    public int Zero { get; set; }
    [JsonPropertyOrder(1)] public int Second { get; set; }
}

public sealed class WithFields
{
    [JsonInclude] public int Count;
    [JsonInclude] public string? Label;
    public int NotIncluded;
}

public sealed class UpperCaseConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()?.ToLowerInvariant();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToUpperInvariant());
}

public sealed class WithMemberConverter
{
    [JsonConverter(typeof(UpperCaseConverter))] public string? Shout { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter<Color>))] public Color Named { get; set; }
    public string? Quiet { get; set; }
}

[JsonConverter(typeof(MoneyConverter))]
public readonly record struct Money(decimal Amount, string Currency);

public sealed class MoneyConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("money");
        var parts = text.Split(' ');
        return new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + value.Currency);
}

public sealed class Invoice
{
    public Money Total { get; set; }
    public Money? Discount { get; set; }
    public List<Money> Lines { get; set; } = new();
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Square), "square")]
public abstract class Shape
{
    public string? Label { get; set; }
}

public sealed class Circle : Shape
{
    public double Radius { get; set; }
}

public sealed class Square : Shape
{
    public double Side { get; set; }
}

public sealed class Drawing
{
    public List<Shape> Shapes { get; set; } = new();
    public Shape? Featured { get; set; }
}

[JsonDerivedType(typeof(Dog), "dog")]
[JsonDerivedType(typeof(Cat), "cat")]
public interface IAnimal
{
    string? Name { get; set; }
}

public sealed class Dog : IAnimal
{
    public string? Name { get; set; }
    public bool Barks { get; set; }
}

public sealed class Cat : IAnimal
{
    public string? Name { get; set; }
    public int Lives { get; set; }
}

public sealed class Zoo
{
    public List<IAnimal> Animals { get; set; } = new();
}

public sealed class WithExtensionData
{
    public int Id { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class WithObjectExtensionData
{
    public string? Name { get; set; }
    [JsonExtensionData] public Dictionary<string, object>? Extra { get; set; }
}

public sealed class TreeNode
{
    public string? Value { get; set; }
    public List<TreeNode> Children { get; set; } = new();
    public TreeNode? Next { get; set; }
}

public class BaseEntity
{
    public int Id { get; set; }
    public DateTime Created { get; set; }
    public virtual string? Tag { get; set; }
}

public class Customer : BaseEntity
{
    public string? Name { get; set; }
    public override string? Tag { get; set; }
}

public sealed class VipCustomer : Customer
{
    public int Level { get; set; }
    public new string? Name { get; set; }
}

public sealed class Collections
{
    public HashSet<string>? Set { get; set; }
    public ISet<int>? ISet { get; set; }
    public IReadOnlyDictionary<string, int>? ReadOnlyMap { get; set; }
    public IDictionary<string, string>? IMap { get; set; }
    public ICollection<int>? Collection { get; set; }
    public IReadOnlyCollection<int>? ReadOnlyCollection { get; set; }
    public IReadOnlyList<string>? ReadOnlyList { get; set; }
    public IEnumerable<double>? Enumerable { get; set; }
    public IList<long>? IList { get; set; }
    public Queue<int>? Queue { get; set; }
    public Stack<int>? Stack { get; set; }
    public Dictionary<int, string>? IntKeys { get; set; }
    public Dictionary<Guid, bool>? GuidKeys { get; set; }
    public Dictionary<long, int>? LongKeys { get; set; }
}

public sealed class Address
{
    public string Street { get; set; } = "";
    public string City { get; set; } = "";
    public string? Zip { get; set; }
}

public sealed class OrderLine
{
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}

public sealed class Order
{
    public Guid Id { get; set; }
    public Person? Customer { get; set; }
    public List<OrderLine> Lines { get; set; } = new();
    public Address? Shipping { get; set; }
    public Address? Billing { get; set; }
    public DateTimeOffset Placed { get; set; }
    public Color Status { get; set; }
    public Dictionary<string, string> Metadata { get; set; } = new();
}

public readonly record struct Coordinates(double Lat, double Lon);

public sealed class Place
{
    public string? Name { get; set; }
    public Coordinates Location { get; set; }
    public Coordinates? Alternate { get; set; }
}

public sealed class Page<T>
{
    public List<T> Items { get; set; } = new();
    public int Total { get; set; }
    public string? Next { get; set; }
}

public sealed class PagedPeople
{
    public Page<Person>? People { get; set; }
    public Page<int>? Numbers { get; set; }
}

public sealed class NodeHolder
{
    public JsonNode? Node { get; set; }
    public JsonObject? Object { get; set; }
    public JsonArray? Array { get; set; }
    public JsonElement Element { get; set; }
    public JsonElement? MaybeElement { get; set; }
}

public sealed record WithDefaults(string Name = "none", int Count = 5, Color Color = Color.Green, double Ratio = 0.5, string? Note = null, long Big = 10_000_000_000);

public sealed class MultiConstructor
{
    public MultiConstructor()
    {
        Name = "default";
    }

    [JsonConstructor]
    public MultiConstructor(string name, int size)
    {
        Name = name;
        Size = size;
    }

    public string Name { get; }
    public int Size { get; }
    public string? Extra { get; set; }
}

public sealed class Keywords
{
    public int @class { get; set; }
    public string? @event { get; set; }
}

public sealed class Outer
{
    public Inner? Child { get; set; }

    public sealed class Inner
    {
        public int Depth { get; set; }
    }
}

public struct MutablePoint
{
    public int X { get; set; }
    public int Y { get; set; }
}

public sealed class Arrays
{
    public int[]? Ints { get; set; }
    public string[][]? Jagged { get; set; }
    public Person[]? People { get; set; }
    public MutablePoint[]? Points { get; set; }
}

public sealed class DeepNesting
{
    public List<Dictionary<string, List<int>>>? Data { get; set; }
    public Dictionary<string, Dictionary<string, Address>>? Nested { get; set; }
}

public sealed class Empty
{
}

public sealed class ComputedProperties
{
    public int Width { get; set; }
    public int Height { get; set; }
    public int Area => Width * Height;
}

public sealed class InitDefaults
{
    public string Name { get; init; } = "initial";
    public int Count { get; init; } = 3;
    public List<string> Items { get; init; } = new();
}

public sealed record RecordWithAttributes([property: JsonPropertyName("n")] string Name, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Nick);

public sealed class EnumerablePeople
{
    public IEnumerable<Person>? All { get; set; }
    public IList<Person>? Some { get; set; }
    public IReadOnlyList<Address>? Addresses { get; set; }
}

public record struct RecordStruct(int A, string? B);

public sealed class Holder
{
    public RecordStruct Value { get; set; }
    public RecordStruct? Maybe { get; set; }
}

public sealed class NumberEdges
{
    public long Max { get; set; } = long.MaxValue;
    public ulong UMax { get; set; } = ulong.MaxValue;
    public double Tiny { get; set; } = double.Epsilon;
    public float Third { get; set; } = 1f / 3f;
    public decimal Precise { get; set; } = 79228162514264337593543950335m;
}

public sealed class Mixed
{
    public required Person Owner { get; init; }
    public PersonWithInit? Contact { get; set; }
    [JsonPropertyName("tags")] public HashSet<string> Labels { get; set; } = new();
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Address? Where { get; set; }
    public Shape? Shape { get; set; }
}

public sealed class SetsRequired
{
    [SetsRequiredMembers]
    public SetsRequired()
    {
        Name = "set";
    }

    public required string Name { get; set; }
}

public sealed class GetOnlyCollection
{
    public List<int> Items { get; } = new();
    public string? Name { get; set; }
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
public sealed class NumbersAsStrings
{
    public int A { get; set; }
    public double B { get; set; }
    [JsonNumberHandling(JsonNumberHandling.Strict)] public long C { get; set; }
    public List<int> L { get; set; } = new();
}

public sealed class MemberNumberHandling
{
    [JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] public double Ratio { get; set; }
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] public decimal Price { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class StrictShape
{
    public int A { get; set; }
}

public sealed class Populated
{
    [JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)] public List<int> Items { get; } = new() { 1 };
    public List<int> Replaced { get; set; } = new() { 1 };
}

[JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)]
public sealed class PopulatedType
{
    public List<string> Names { get; } = new() { "a" };
    public Dictionary<string, int> Map { get; } = new() { ["x"] = 1 };
}

public sealed class Immutables
{
    public System.Collections.Immutable.ImmutableArray<int> Array { get; set; } = System.Collections.Immutable.ImmutableArray.Create(1, 2);
    public System.Collections.Immutable.ImmutableList<string>? List { get; set; }
    public System.Collections.Immutable.IImmutableList<int>? IList { get; set; }
    public System.Collections.Immutable.ImmutableHashSet<string>? Set { get; set; }
    public System.Collections.Immutable.ImmutableDictionary<string, int>? Map { get; set; }
    public System.Collections.Immutable.IImmutableDictionary<string, Person>? IMap { get; set; }
}
