using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.Json.Tests.Corpus;

/// <summary>Hand-picked values of the corpus types: edge cases for nulls, escaping, numbers and shapes.</summary>
internal static class CorpusSamples
{
    public static IEnumerable<(string Name, object Value)> All()
    {
        yield return ("primitives-default", new AllPrimitives());
        yield return ("primitives", new AllPrimitives
        {
            Bool = true, Byte = 255, SByte = -128, Short = -32768, UShort = 65535, Int = int.MinValue, UInt = uint.MaxValue,
            Long = long.MinValue, ULong = ulong.MaxValue, Float = 3.14159f, Double = -1e300, Decimal = -0.0000001m, Char = '"',
            String = "tab\t quote\" slash\\ <html> & 'single' é 😀 \u0001", DateTime = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc),
            DateTimeOffset = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), DateOnly = new DateOnly(2026, 2, 28),
            TimeOnly = new TimeOnly(23, 59, 59, 999), TimeSpan = TimeSpan.FromMilliseconds(-123456789), Guid = Guid.Parse("6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11"),
            Uri = new Uri("https://example.com/a?b=c&d=é"), Bytes = new byte[] { 0, 1, 2, 255 }, Half = (Half)1.5, Int128 = Int128.MaxValue, Version = new Version(1, 2, 3, 4),
        });
        yield return ("nullable-empty", new NullablePrimitives());
        yield return ("nullable-set", new NullablePrimitives { Int = 0, Double = 2.5, Bool = false, Decimal = 1m, DateTime = DateTime.MinValue, Guid = Guid.Empty, TimeSpan = TimeSpan.Zero, DateOnly = DateOnly.MaxValue });
        yield return ("enums", new EnumHolder { Color = Color.Blue, MaybeColor = Color.Red, Permissions = Permissions.Read | Permissions.Delete, Small = Small.B, Colors = { Color.Green, Color.Red }, ByColor = { [Color.Blue] = 1 } });
        yield return ("enum-undefined", new EnumHolder { Color = (Color)42, Permissions = (Permissions)64 });
        yield return ("person", new Person("Ann \"the\" <b>", 41));
        yield return ("person-null-name", new Person(null!, 0));
        yield return ("person-init", new PersonWithInit { Name = "N", Age = 3, Email = "a@b.c" });
        yield return ("required", new RequiredMembers { Name = "r", Count = 2 });
        yield return ("json-required", new JsonRequiredHolder { Id = 1, Code = "c" });
        yield return ("ignore-set", new IgnoreConditions { Always = "x", WhenNull = "n", WhenDefault = 5, Never = null, WriteSkipped = "w", ReadSkipped = "r", Plain = "p" });
        yield return ("ignore-defaults", new IgnoreConditions());
        yield return ("renamed", new Renamed { UserId = 9, Odd = "o", Emoji = "😀", FirstName = "F", URLValue = "u" });
        yield return ("ordered", new Ordered { First = 1, Second = 2, Third = 3, Zero = 0 });
        yield return ("fields", new WithFields { Count = 4, Label = "l", NotIncluded = 9 });
        yield return ("member-converter", new WithMemberConverter { Shout = "hello", Named = Color.Green, Quiet = "q" });
        yield return ("type-converter", new Invoice { Total = new Money(10.5m, "EUR"), Discount = new Money(1m, "EUR"), Lines = { new Money(2m, "USD") } });
        yield return ("polymorphic-circle", new Circle { Radius = 2, Label = "c" });
        yield return ("drawing", new Drawing { Shapes = { new Circle { Radius = 1 }, new Square { Side = 2, Label = "s" } }, Featured = new Square { Side = 3 } });
        yield return ("zoo", new Zoo { Animals = { new Dog { Name = "Rex", Barks = true }, new Cat { Name = "Tom", Lives = 9 } } });
        yield return ("extension", new WithExtensionData { Id = 1, Extra = new Dictionary<string, JsonElement> { ["x"] = JsonDocument.Parse("[1,{\"a\":null}]").RootElement } });
        yield return ("extension-null", new WithExtensionData { Id = 2 });
        yield return ("object-extension", new WithObjectExtensionData { Name = "n", Extra = new Dictionary<string, object> { ["k"] = JsonDocument.Parse("\"v\"").RootElement } });
        yield return ("tree", new TreeNode { Value = "root", Children = { new TreeNode { Value = "a", Children = { new TreeNode { Value = "a1" } } }, new TreeNode { Value = "b" } }, Next = new TreeNode { Value = "n" } });
        yield return ("customer", new Customer { Id = 1, Created = new DateTime(2020, 1, 1), Name = "C", Tag = "t" });
        yield return ("vip", new VipCustomer { Id = 2, Level = 3, Name = "V", Tag = "vip" });
        yield return ("collections", new Collections
        {
            Set = new HashSet<string> { "a" }, ISet = new HashSet<int> { 1, 2 }, ReadOnlyMap = new Dictionary<string, int> { ["a"] = 1 },
            IMap = new Dictionary<string, string> { ["k"] = "v" }, Collection = new List<int> { 1 }, ReadOnlyCollection = new[] { 2, 3 },
            ReadOnlyList = new[] { "x" }, Enumerable = new[] { 1.5, 2.5 }, IList = new List<long> { long.MaxValue }, Queue = new Queue<int>(new[] { 1, 2 }),
            Stack = new Stack<int>(new[] { 1, 2 }), IntKeys = new Dictionary<int, string> { [-1] = "m" }, GuidKeys = new Dictionary<Guid, bool> { [Guid.Empty] = true },
            LongKeys = new Dictionary<long, int> { [long.MinValue] = 0 },
        });
        yield return ("collections-null", new Collections());
        yield return ("order", SampleOrder());
        yield return ("orders", new List<Order> { SampleOrder(), new Order() });
        yield return ("people-map", new Dictionary<string, Person> { ["a"] = new Person("A", 1), ["b\"c"] = new Person("B", 2) });
        yield return ("people-array", new[] { new Person("A", 1) });
        yield return ("place", new Place { Name = "P", Location = new Coordinates(52.52, 13.405), Alternate = new Coordinates(-1, -2) });
        yield return ("paged", new PagedPeople { People = new Page<Person> { Items = { new Person("p", 1) }, Total = 1, Next = "n" }, Numbers = new Page<int> { Items = { 1, 2 } } });
        yield return ("nodes", new NodeHolder { Node = JsonNode.Parse("[1,\"a\"]"), Object = new JsonObject { ["a"] = 1 }, Array = new JsonArray(1, null, "x"), Element = JsonDocument.Parse("{\"e\":1}").RootElement, MaybeElement = JsonDocument.Parse("2").RootElement });
        yield return ("defaults", new WithDefaults());
        yield return ("defaults-set", new WithDefaults("n", 1, Color.Blue, 0.25, "x", 1));
        yield return ("multi-ctor", new MultiConstructor("m", 2) { Extra = "e" });
        yield return ("keywords", new Keywords { @class = 1, @event = "e" });
        yield return ("outer", new Outer { Child = new Outer.Inner { Depth = 2 } });
        yield return ("arrays", new Arrays { Ints = new[] { 1, 2 }, Jagged = new[] { new[] { "a" }, System.Array.Empty<string>() }, People = new[] { new Person("x", 1) }, Points = new[] { new MutablePoint { X = 1, Y = 2 } } });
        yield return ("deep", new DeepNesting { Data = new() { new() { ["a"] = new() { 1, 2 } } }, Nested = new() { ["x"] = new() { ["y"] = new Address { Street = "s", City = "c" } } } });
        yield return ("empty", new Empty());
        yield return ("computed", new ComputedProperties { Width = 2, Height = 3 });
        yield return ("init-defaults", new InitDefaults());
        yield return ("init-set", new InitDefaults { Name = "x", Count = 1, Items = { "i" } });
        yield return ("record-attributes", new RecordWithAttributes("n", null));
        yield return ("record-attributes-nick", new RecordWithAttributes("n", "k"));
        yield return ("enumerable-people", new EnumerablePeople { All = new List<Person> { new("a", 1) }, Some = new List<Person>(), Addresses = new[] { new Address { City = "c" } } });
        yield return ("record-struct", new Holder { Value = new RecordStruct(1, "b"), Maybe = new RecordStruct(2, null) });
        yield return ("numbers", new NumberEdges());
        yield return ("mixed", new Mixed { Owner = new Person("o", 1), Contact = new PersonWithInit { Name = "c" }, Labels = { "l" }, Shape = new Circle { Radius = 1 } });
        yield return ("sets-required", new SetsRequired());
        yield return ("numbers-as-strings", new NumbersAsStrings { A = 1, B = 2.5, C = 3, L = { 4 } });
        yield return ("member-number-handling", new MemberNumberHandling { Ratio = double.NaN, Price = 9.99m });
        yield return ("strict", new StrictShape { A = 1 });
        yield return ("populated", new Populated());
        yield return ("populated-type", new PopulatedType());
        yield return ("immutables-empty", new Immutables());
        yield return ("immutables", new Immutables
        {
            List = System.Collections.Immutable.ImmutableList.Create("a", "b"), IList = System.Collections.Immutable.ImmutableList.Create(3),
            Set = System.Collections.Immutable.ImmutableHashSet.Create("s"), Map = System.Collections.Immutable.ImmutableDictionary<string, int>.Empty.Add("k", 1),
            IMap = System.Collections.Immutable.ImmutableDictionary<string, Person>.Empty.Add("p", new Person("P", 1)),
        });
        yield return ("get-only-collection", new GetOnlyCollection { Name = "g", Items = { 1 } });
    }

    private static Order SampleOrder() => new()
    {
        Id = Guid.Parse("6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11"),
        Customer = new Person("Cust", 30),
        Lines = { new OrderLine { Sku = "S-1", Quantity = 2, UnitPrice = 9.99m }, new OrderLine { Sku = "S-2", Quantity = 1, UnitPrice = 0.5m } },
        Shipping = new Address { Street = "Main St 1", City = "Berlin", Zip = "10115" },
        Placed = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
        Status = Color.Green,
        Metadata = { ["source"] = "web", ["note"] = "\"quoted\"" },
    };
}
