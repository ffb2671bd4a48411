using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using LambdaGen.Json.Tests.Corpus;
using Xunit;

namespace LambdaGen.Json.Tests;

/// <summary>Random values of corpus types: LambdaGen's metadata and STJ's source generator agree on every one.</summary>
public sealed class PropertyTests
{
    private static readonly Gen<string?> Text = Gen.String[Gen.Char, 0, 12].Null();

    private static readonly Gen<Person> People = Gen.Select(Gen.String, Gen.Int, static (name, age) => new Person(name, age));

    private static readonly Gen<Address> Addresses = Gen.Select(Gen.String, Gen.String, Text, static (street, city, zip) => new Address { Street = street, City = city, Zip = zip });

    private static readonly Gen<OrderLine> Lines = Gen.Select(Gen.String, Gen.Int, Gen.Decimal, static (sku, quantity, price) => new OrderLine { Sku = sku, Quantity = quantity, UnitPrice = price });

    private static readonly Gen<Order> Orders = Gen.Select(
        Gen.Guid, People.Null(), Lines.List[0, 5], Addresses.Null(), Gen.DateTimeOffset, Gen.Enum<Color>(), Gen.Dictionary(Gen.String[1, 8], Gen.String)[0, 4],
        static (id, customer, lines, shipping, placed, status, metadata) =>
        {
            var order = new Order { Id = id, Customer = customer, Lines = lines, Shipping = shipping, Placed = placed, Status = status };
            foreach (var (key, value) in metadata)
            {
                order.Metadata[key] = value;
            }

            return order;
        });

    private static readonly Gen<AllPrimitives> Primitives = Gen.Select(
        Gen.Select(Gen.Bool, Gen.Byte, Gen.SByte, Gen.Short, Gen.UShort, Gen.Int, Gen.UInt, Gen.Long),
        Gen.Select(Gen.ULong, Gen.Float, Gen.Double, Gen.Decimal, Gen.Char, Text, Gen.DateTime, Gen.DateTimeOffset),
        Gen.Select(Gen.Guid, Gen.Byte.Array[0, 6].Null(), Gen.TimeSpan, Gen.Int[0, 3_652_058]),
        static (a, b, c) => new AllPrimitives
        {
            Bool = a.Item1, Byte = a.Item2, SByte = a.Item3, Short = a.Item4, UShort = a.Item5, Int = a.Item6, UInt = a.Item7, Long = a.Item8,
            ULong = b.Item1, Float = b.Item2, Double = b.Item3, Decimal = b.Item4, Char = b.Item5, String = b.Item6, DateTime = b.Item7, DateTimeOffset = b.Item8,
            Guid = c.Item1, Bytes = c.Item2 ?? new byte[] { 1 }, TimeSpan = c.Item3, DateOnly = DateOnly.FromDayNumber(c.Item4), TimeOnly = TimeOnly.FromTimeSpan(TimeSpan.FromTicks(Math.Abs(c.Item3.Ticks) % TimeSpan.TicksPerDay)),
        });

    private static readonly Gen<TreeNode> Trees = Gen.Recursive<TreeNode>((depth, tree) =>
        depth >= 3
            ? Text.Select(static v => new TreeNode { Value = v })
            : Gen.Select(Text, tree.List[0, 3], static (value, children) => new TreeNode { Value = value, Children = children }));

    private static readonly Gen<Drawing> Drawings = Gen.Select(
        Gen.OneOf<Shape>(Gen.Double.Select(static r => (Shape)new Circle { Radius = r }), Gen.Select(Gen.Double, Text, static (s, l) => (Shape)new Square { Side = s, Label = l })).List[0, 4],
        static shapes => new Drawing { Shapes = shapes, Featured = shapes.FirstOrDefault() });

    /// <summary>Serializing gives the same bytes, or the same exception type (NaN and infinities are not valid JSON numbers).</summary>
    private static void AssertSameWrite<T>(T value)
    {
        byte[]? theirs = null, ours = null;
        var theirError = Record.Exception(() => theirs = JsonSerializer.SerializeToUtf8Bytes(value, CorpusMetadata.Stj(typeof(T))));
        var ourError = Record.Exception(() => ours = JsonSerializer.SerializeToUtf8Bytes(value, CorpusMetadata.Ours(typeof(T))));
        Assert.Equal(theirError?.GetType(), ourError?.GetType());
        if (theirs is not null)
        {
            Assert.Equal(System.Text.Encoding.UTF8.GetString(theirs), System.Text.Encoding.UTF8.GetString(ours!));
            var back = JsonSerializer.Deserialize(ours!, CorpusMetadata.Ours(typeof(T)));
            Assert.Equal(System.Text.Encoding.UTF8.GetString(theirs), System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(back, CorpusMetadata.Stj(typeof(T)))));
        }
    }

    [Fact]
    public void Random_people() => People.Sample(static p => AssertSameWrite(p));

    [Fact]
    public void Random_orders() => Orders.Sample(static o => AssertSameWrite(o), iter: 300);

    [Fact]
    public void Random_primitives() => Primitives.Sample(static p => AssertSameWrite(p), iter: 500);

    [Fact]
    public void Random_trees() => Trees.Sample(static t => AssertSameWrite(t), iter: 200);

    [Fact]
    public void Polymorphic_drawings() => Drawings.Sample(static d => AssertSameWrite(d), iter: 300);

    [Fact]
    public void Any_string_is_escaped_the_same_way()
        => Gen.String[Gen.Char, 0, 40].Sample(static s => AssertSameWrite(new Renamed { Odd = s, Emoji = s, FirstName = s }), iter: 1000);
}
